package dev.newsflow.extract;

import static dev.newsflow.extract.TestExtractor.extract;
import static dev.newsflow.extract.TestExtractor.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Stages read from the evidence sentence; the date is the publication date, a deadline belongs to TARGET. */
class StageRulesTest {

    @Test
    void deadlineMakesATarget() {
        ExtractedEvent event = only(extract("到2025年底前，紧密型县域医共体覆盖所有县(市、区)。"), "MEDICAL_CONSORTIUM");
        assertEquals(Stage.TARGET, event.stage());
        assertEquals(LocalDate.of(2025, 12, 31), event.deadline());
        assertEquals(TestExtractor.PUBLISHED, event.date(), "the event date is the publication date");
    }

    @Test
    void templateYearIsATargetWithoutKnownDeadline() {
        ExtractedEvent event = only(extract("到20xx年，按DRG付费的医保基金占比达到70%。"), "INSURANCE_PAYMENT");
        assertEquals(Stage.TARGET, event.stage());
        assertNull(event.deadline());
    }

    @Test
    void pilotProgressAnnouncedAndOther() {
        assertEquals(Stage.PILOT, only(extract("玉门市被列为省级紧密型医共体试点单位。"), "MEDICAL_CONSORTIUM").stage());
        assertEquals(Stage.PROGRESS, only(extract("全市建成互联网医院11家。"), "DIGITAL_HEALTH").stage());
        assertEquals(Stage.ANNOUNCED,
                only(extract("省卫生健康委印发方案，推进医疗服务价格改革。"), "SERVICE_PRICING").stage());
    }

    @Test
    void pastDateIsNoDeadline() {
        ExtractedEvent event = only(extract("截至2022年底，全市建成互联网医院11家。"), "DIGITAL_HEALTH");
        assertEquals(Stage.PROGRESS, event.stage());
        assertNull(event.deadline());
    }

    @Test
    void figuresOfTheEvidenceSentenceAreItsIndicators() {
        ExtractedEvent event = only(extract("积极推进药品集中带量采购，470种中选药品平均降幅51%，为患者减轻医药负担1.74亿元。"),
                "DRUG_PROCUREMENT");
        assertEquals(new Indicator("中选药品", -51, "%", true), event.indicators().get(1));
        assertEquals(1.74, event.indicators().get(2).value());
        assertEquals("亿元", event.indicators().get(2).unit());
    }

    @Test
    void aDeadlineAloneMakesATarget() {
        ExtractedEvent event = only(extract("2026年底前，全省所有二级以上公立医院全部接入全民健康信息平台。"), "DIGITAL_HEALTH");
        assertEquals(Stage.TARGET, event.stage());
        assertEquals(LocalDate.of(2026, 12, 31), event.deadline());
    }

    @Test
    void aReportedResultIsProgress() {
        assertEquals(Stage.PROGRESS, only(extract("全市18家公立医院全部开展DRG付费。"), "INSURANCE_PAYMENT").stage());
        assertEquals(Stage.PROGRESS, only(extract("落实药品集中带量采购，全市公立医院药占比由35.6%降至28.1%。"),
                "DRUG_PROCUREMENT").stage());
        assertEquals(Stage.PROGRESS, only(extract("今年全市新增紧密型县域医共体3个。"), "MEDICAL_CONSORTIUM").stage());
    }

    @Test
    void anIssueDateIsNoDeadline() {
        ExtractedEvent event = only(extract("省医保局于2024年3月印发《DRG付费改革实施方案》。"), "INSURANCE_PAYMENT");
        assertEquals(Stage.ANNOUNCED, event.stage());
        assertNull(event.deadline());
    }

    @Test
    void aCueInsideTheReformsNameDoesNotSetTheStage() {
        assertEquals(Stage.ANNOUNCED,
                only(extract("省卫健委印发《关于推进家庭医生签约服务的指导意见》。"), "TIERED_CARE").stage());
    }

    @Test
    void planPeriodsAndYearEndsGiveTheTargetItsDeadline() {
        ExtractedEvent plan = only(extract("到“十四五”末，全市每个县至少建成1个县域医疗次中心。"), "PRIMARY_CARE");
        assertEquals(Stage.TARGET, plan.stage());
        assertEquals(LocalDate.of(2025, 12, 31), plan.deadline());
        ExtractedEvent yearEnd = only(extract("2024年起，全省推行DRG付费，力争年底前实现全覆盖。"), "INSURANCE_PAYMENT");
        assertEquals(Stage.TARGET, yearEnd.stage());
        assertEquals(LocalDate.of(TestExtractor.PUBLISHED.getYear(), 12, 31), yearEnd.deadline());
    }

    @Test
    void aLevelKeptIsProgress() {
        ExtractedEvent event = only(extract("定西市推进家庭医生签约服务提质增效，全市组建家庭医生签约团队1692个，"
                + "重点人群家庭医生签约率保持在95%以上。"), "TIERED_CARE");
        assertEquals(Stage.PROGRESS, event.stage());
    }
}

