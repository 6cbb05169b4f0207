package dev.newsflow.clean.date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationDateParserTest {
    private final PublicationDateParser parser = new PublicationDateParser();

    private Optional<LocalDate> header(String... lines) {
        return parser.find(List.of(), java.util.Arrays.stream(lines).map(l -> new PublicationDateParser.Line(l, true)).toList());
    }

    @Test
    void readsTheFormsChineseSitesPrint() {
        assertEquals(LocalDate.of(2023, 12, 23), header("发布时间：2023-12-23 10:17").orElseThrow());
        assertEquals(LocalDate.of(2023, 12, 23), header("发布时间:2023/12/23 信息来源:查看").orElseThrow());
        assertEquals(LocalDate.of(2023, 12, 23), header("日期：2023年12月23日").orElseThrow());
        assertEquals(LocalDate.of(2023, 6, 23), header("时间:2023-06-23 16:30:49 松涛 一般方案 我要投稿").orElseThrow());
        assertEquals(LocalDate.of(2024, 1, 24), header("发布日期:2024/1/24 16:45:25 浏览:45").orElseThrow());
        assertEquals(LocalDate.of(2023, 4, 22), header("2023-04-22 10:17:04 [来源:华声在线] [编辑:刘茜]").orElseThrow());
        assertEquals(LocalDate.of(2023, 6, 3), header("发表于 2023.6.3").orElseThrow());
    }

    @Test
    void prefersThePublishLabelOverOtherDates() {
        assertEquals(LocalDate.of(2024, 1, 24),
                header("发布日期:2024/1/24 16:45:25 浏览:45", "来源时间为:2023-03-03").orElseThrow());
        assertEquals(LocalDate.of(2024, 1, 24),
                header("来源时间为:2023-03-03", "发布日期:2024/1/24").orElseThrow());
        assertEquals(LocalDate.of(2024, 1, 24),
                header("报名截止日期:2024-02-01", "日期:2024-01-24").orElseThrow());
    }

    @Test
    void ignoresDatesMentionedInTheText() {
        List<PublicationDateParser.Line> body = List.of(
                new PublicationDateParser.Line("“1+1+4”徐州医疗事业集团试点新模式", true),
                new PublicationDateParser.Line("10月12日,市长专题调研医疗事业集团试点工作,要求2023年12月1日前完成。", false),
                new PublicationDateParser.Line("本实施方案自2023年12月27日起实施。", false));
        assertEquals(Optional.empty(), parser.find(List.of(), body));
    }

    @Test
    void rejectsImpossibleDatesAndYears() {
        assertEquals(Optional.empty(), header("发布时间:2023-02-30"));
        assertEquals(Optional.empty(), header("发布时间:1875-02-03"));
        assertEquals(Optional.empty(), header("电话:0516-85707122"));
    }

    @Test
    void aMetaDateWinsOverTheText() {
        assertEquals(LocalDate.of(2022, 5, 6), parser.find(List.of("2022-05-06T08:00:00+08:00"),
                List.of(new PublicationDateParser.Line("发布时间:2023-01-01", true))).orElseThrow());
    }

    @Test
    void aReprintNoteOnTheOriginalsDateIsNotThePagesDate() {
        List<PublicationDateParser.Line> page = List.of(
                new PublicationDateParser.Line("时间：2024-05-21 10:03:27　来源：三峡在线", true),
                new PublicationDateParser.Line("（本文转载自三峡在线，原发布时间2024-05-20，如有侵权请联系删除）", false));
        assertEquals(LocalDate.of(2024, 5, 21), parser.find(List.of(), page).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2023-02-28 17:05　来源：新华社　字号：默认 大 超大 | 打印 | 分享",
            "2022-11-15 08:40:12　来源：深圳新闻网　作者：记者 陈嘉怡",
            "[2024-06-11] [来源：云南健康报]",
            "2024年11月23日",
            "2024-11-23 03:15:42",
            "时间：2024年11月18日　来源：县融媒体中心　【字体：大 中 小】"})
    void aDateStampOpensADateLine(String line) {
        assertTrue(parser.opensWithDateStamp(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2023年2月28日，国务院办公厅印发《中医药振兴发展重大工程实施方案》",
            "2023年2月28日国务院办公厅印发方案",
            "2023年2月28日 国务院办公厅印发方案，部署8项重大工程。",
            "2015年，罗湖区整合区属5家医院和23家社区健康服务中心",
            "发布时间：2023-12-23 10:17",
            "20230228 17:05"})
    void aSentenceOpeningWithItsDateIsNoDateStamp(String line) {
        assertFalse(parser.opensWithDateStamp(line));
    }
}
