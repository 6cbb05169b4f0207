package dev.newsflow.stream.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimHashTest {

    private static final String BODY = """
            5月19日，记者从宜昌市卫生健康委获悉，宜昌市全民健康信息平台已接入全市各级各类医疗卫生机构1362家，归集居民电子健康档案412万份，电子病历、检查检验报告实现全市范围内调阅共享。
            近年来，宜昌市把“互联网+医疗健康”作为深化医改的重要抓手。目前，全市已建成互联网医院17家，其中二级以上公立医院全部开通线上复诊、处方流转和药品配送服务。
            在公共卫生领域，宜昌市依托平台建成传染病多点触发监测预警系统，将全市二级以上医院发热门诊、药店退热药销售和学校缺课数据纳入监测。
            """;

    @Test
    void theSameTextHasTheSameHashWhateverItsWhitespace() {
        assertEquals(SimHash.of(BODY), SimHash.of(BODY.replace("\n", "\n\n  ")));
    }

    @Test
    void aRepublicationWithOtherShortLinesIsWithinTheDuplicateDistance() {
        String original = "宜昌全民健康信息平台接入医疗卫生机构1362家\n2024-05-20 07:55 来源：三峡在线\n" + BODY + "编辑：向晓敏 审核：李涛\n";
        String reprint = "宜昌全民健康信息平台接入医疗卫生机构1362家\n" + BODY
                + "（本文转载自三峡在线，原发布时间2024-05-20，如有侵权请联系删除）\n标签：互联网医院 智慧医疗 宜昌\n";
        assertTrue(SimHash.distance(SimHash.ofArticle(original), SimHash.ofArticle(reprint)) <= Bands.MAX_DISTANCE);
    }

    @Test
    void aDifferentArticleIsFarAway() {
        String other = """
                三明市深化医药卫生体制改革，推进药品耗材联合限价采购，医疗服务价格动态调整，医保基金打包支付给县域医共体。
                全市二级以上公立医院全面实行党委领导下的院长负责制，推行院长年薪制和医务人员目标年薪制，薪酬总额与考核结果挂钩。
                """;
        assertTrue(SimHash.distance(SimHash.ofArticle(BODY), SimHash.ofArticle(other)) > 10);
    }

    @Test
    void tooShortATextHasNoHash() {
        assertEquals(0L, SimHash.of("医改"));
        assertNotEquals(0L, SimHash.of("医改医改医改"));
    }

    @Test
    void hashesWithinThreeBitsAlwaysShareABand() {
        Random random = new Random(1);
        for (int trial = 0; trial < 10_000; trial++) {
            long h = random.nextLong();
            long near = h;
            int flips = random.nextInt(Bands.MAX_DISTANCE + 1);
            for (int i = 0; i < flips; i++) {
                near ^= 1L << random.nextInt(64);
            }
            Set<String> keys = new HashSet<>();
            for (int band = 0; band < Bands.COUNT; band++) {
                keys.add(Bands.key(band, h));
            }
            boolean shared = false;
            for (int band = 0; band < Bands.COUNT; band++) {
                shared |= keys.contains(Bands.key(band, near));
            }
            assertTrue(shared, Long.toHexString(h) + " / " + Long.toHexString(near));
        }
    }
}
