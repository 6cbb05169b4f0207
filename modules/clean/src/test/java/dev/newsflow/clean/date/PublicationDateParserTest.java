package dev.newsflow.clean.date;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
