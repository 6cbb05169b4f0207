package dev.newsflow.extract;

import static dev.newsflow.extract.TestExtractor.categories;
import static dev.newsflow.extract.TestExtractor.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules around a trigger: a category counts only where its sentence reports something. */
class CategoryRulesTest {

    @Test
    void triggerInAReportingSentenceMakesAnEvent() {
        String text = "全市扎实推进紧密型县域医共体建设，提高基层服务能力。";
        Extraction extraction = extract(text);
        assertTrue(extraction.relevant());
        assertEquals(Set.of("MEDICAL_CONSORTIUM"), categories(extraction));
        ExtractedEvent event = extraction.events().get(0);
        assertEquals(text, event.evidence());
        assertEquals(0, event.start());
        assertEquals(text.length(), event.end());
    }

    @Test
    void triggerWithoutReportingContextIsAPassingMention() {
        Extraction extraction = extract("医共体是县域内医疗机构的一种组织形式。");
        assertFalse(extraction.relevant());
        assertTrue(extraction.events().isEmpty());
    }

    @Test
    void facilityVisitedIsNotAnEvent() {
        assertEquals(Set.of(), categories(extract("市长来到村卫生室，看望慰问一线村医。")));
        assertEquals(Set.of("PRIMARY_CARE"), categories(extract("全县完成村卫生室标准化建设。")));
    }

    @Test
    void facilityListedAsParticipantIsNotItsOwnCategory() {
        Set<String> found = categories(extract("由县医院、县中医院和15家乡镇卫生院组建县域医共体，实行统一管理。"));
        assertTrue(found.contains("MEDICAL_CONSORTIUM"), found.toString());
        assertFalse(found.contains("TCM"), "县中医院 is one member of the consortium: " + found);
        assertFalse(found.contains("PRIMARY_CARE"), found.toString());
    }

    @Test
    void sharedWordingNeedsAHealthContext() {
        Extraction education = extract("全市深化中小学教师薪酬制度改革，落实教师绩效工资，完善人才引进政策。");
        assertFalse(education.relevant());
        assertTrue(education.events().isEmpty());
        assertTrue(categories(extract("全市完成公立医院薪酬制度改革，医务人员绩效工资增长12%。"))
                .contains("PERSONNEL_COMPENSATION"));
    }

    @Test
    void advertisingAndDiseaseKnowledgeAreNotReform() {
        assertFalse(extract("我院互联网医院已开通线上复诊，预约挂号请拨打咨询电话。").relevant());
        assertFalse(extract("专家提醒，高血压患者应定期到社区卫生服务中心测量血压，注意饮食清淡。").relevant());
    }

    @Test
    void anAttributeIsNotAnAct() {
        assertFalse(categories(extract("作为三明医改的先行地区之一，该县今年新建了一座医院。"))
                .contains("THREE_MEDICAL_LINKAGE"));
    }

    @Test
    void aTriggerInsideALongerWordDoesNotCount() {
        assertFalse(categories(extract("湘中医院新院区建设纳入全省重点建设项目。")).contains("TCM"));
        assertTrue(categories(extract("市中医院新院区建设纳入全省重点建设项目。")).contains("TCM"));
    }

    @Test
    void oneSentenceMayReportSeveralCategories() {
        assertEquals(Set.of("DRUG_PROCUREMENT", "SERVICE_PRICING", "THREE_MEDICAL_LINKAGE"),
                categories(extract("实施“三医联动”改革，落实药品集中带量采购，理顺医疗服务价格。")));
    }

    @Test
    void everyTaxonomyCodeIsAnEnumConstant() {
        // docs/reform-taxonomy.md, contract v1: 15 codes that never change meaning
        assertEquals(15, dev.newsflow.extract.taxonomy.Category.values().length);
        assertEquals("THREE_MEDICAL_LINKAGE", dev.newsflow.extract.taxonomy.Category.valueOf("THREE_MEDICAL_LINKAGE").name());
    }
}
