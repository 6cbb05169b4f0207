package dev.newsflow.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.extract.ReformEventExtractor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The publisher's region from page chrome, as the extractor reads it. */
class PublisherRegionFinderTest {

    private static final ReformEventExtractor EXTRACTOR = ReformEventExtractor.withDefaults();

    private static Optional<String> publisher(String... lines) {
        return EXTRACTOR.publisherRegion(List.of(lines));
    }

    @Test
    void theOrganizationNamedAfterItsCue() {
        assertEquals(Optional.of("130900"),
                publisher("主办单位：沧州市卫生健康委员会　地址：河北省沧州市运河区永济西路　电话：0317-2025600"),
                "the city's commission, not the district its street address is in");
        assertEquals(Optional.of("421123"), publisher("版权所有 罗田县人民医院 鄂ICP备14011256号-1 技术支持：某某网络"));
    }

    @Test
    void theAddressWhenNoOrganizationNamesAPlace() {
        assertEquals(Optional.of("421123"), publisher("上一条", "地址：湖北省黄冈市罗田县凤山镇义水北路 急救电话：0713-5062120"));
    }

    @Test
    void anOrganizationLineWinsOverAnEarlierAddress() {
        assertEquals(Optional.of("421123"),
                publisher("地址：湖北省武汉市江岸区某路1号", "版权所有 罗田县人民医院"));
    }

    @Test
    void linesWithoutCuesSayNothingOfThePublisher() {
        assertEquals(Optional.empty(), publisher("您现在的位置：首页 > 沧州新闻", "上一篇：酒泉市召开会议"));
        assertEquals(Optional.empty(), publisher("主办单位：某某网络科技有限公司"));
    }

    @Test
    void shortFormsStillNeedTheirContext() {
        // 金山 is an ordinary word as much as a district: without context it does not count.
        assertEquals(Optional.empty(), publisher("版权所有 金山软件"));
    }
}
