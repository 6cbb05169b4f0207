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
    void otherSectorsReformIsNotHealthBecauseOfAHealthWordElsewhereInItsParagraph() {
        // the health word is in the next sentence (学校卫生, 医疗救护点) or in another clause (卫生厕所)
        for (String text : new String[] {
                "县教育局印发《深化中小学教师职称评审制度改革实施方案》，推进教师绩效工资改革，完善岗位管理制度。"
                        + "同时加强学校卫生工作，做好学生近视防控。",
                "市交通运输局实施人才引进计划，共引进高层次人才25名。春运期间，各客运站设立医疗救护点，保障旅客安全。",
                "县农业农村局推进农村人居环境整治，完善农村卫生厕所改造，开展农业人才培养，培训新型职业农民3000人次。",
                "市国资委推进国有企业薪酬制度改革，全面推行经理层任期制和契约化管理，企业职工医疗保险按时缴纳。"}) {
            Extraction extraction = extract(text);
            assertFalse(extraction.relevant(), text);
            assertTrue(extraction.events().isEmpty(), text + " " + extraction.events());
        }
    }

    @Test
    void sharedWordingTakesItsSectorFromTheNearestActorOrTopic() {
        assertEquals(Set.of("TALENT"), categories(extract("市卫健委实施人才引进计划，共引进高层次人才25名。")));
        // the health topic set by the paragraph's first sentence still counts when nothing nearer says otherwise
        assertTrue(categories(extract("鄂尔多斯市对公立医院实行编制备案制管理，新增备案制员额2100名；"
                + "全面实施岗位管理，实行竞聘上岗。")).contains("PERSONNEL_COMPENSATION"));
        // a school trains nurses for a hospital: the health word in the trigger's own clause wins
        assertTrue(categories(extract("县人民医院与县卫生学校合作开展护理人才培养，全面推行绩效工资改革，医务人员收入增长10%。"))
                .containsAll(Set.of("TALENT", "PERSONNEL_COMPENSATION")));
    }

    @Test
    void advertsNoticesActivityReportsAndResearchNewsAreNotRelevant() {
        String[][] articles = {
                {"某医院专科特色介绍", "我院是一所集医疗、教学、科研为一体的现代化综合医院，拥有国家临床重点专科3个，开通互联网医院在线问诊，"
                        + "中西医结合治疗颈椎病效果显著，欢迎广大患者前来就诊。咨询电话：12345678。"},
                {"关于春节期间门诊安排的通知", "春节期间，我院互联网医院正常开通线上问诊，急诊24小时开放。"},
                {"", "春节期间，我院互联网医院正常开通线上问诊，急诊24小时开放。"},
                {"社区卫生服务中心开展义诊活动", "近日，某社区卫生服务中心开展“健康进社区”义诊活动，为200余名居民免费测量血压血糖。"},
                {"我院团队成果发表", "我院心内科团队的论文发表于国际期刊。该院是国家区域医疗中心建设单位，近年来累计引进高层次人才30名。"},
                {"", "我院团队成果发表\n我院心内科团队的论文发表于国际期刊。该院是国家区域医疗中心建设单位，近年来累计引进高层次人才30名。"},
                {"医院简介", "某市中心医院始建于1947年，是省级区域医疗中心建设单位。医院已开通互联网医院，近年来累计引进高层次人才85名。"}};
        for (String[] article : articles) {
            Extraction extraction = extract(article[0], article[1], null);
            assertFalse(extraction.relevant(), article[0] + " " + article[1]);
            assertTrue(extraction.events().isEmpty(), article[1] + " " + extraction.events());
        }
    }

    @Test
    void aTitleThatNamesAReformKeepsTheArticleWhateverGenreWordsComeWithIt() {
        String[][] articles = {
                {"县域医共体专家下乡义诊 推动优质资源下沉",
                        "近日，某县紧密型县域医共体组织县医院专家到乡镇卫生院开展义诊和带教，今年以来已下沉专家120人次。"},
                {"三明医改研究成果发布", "三明市推行药品集中带量采购以来，群众医药负担下降30%。"},
                {"省医保局：春节期间医保经办服务不停诊", "省医保局推进医保支付方式改革，全省DRG付费覆盖率达到100%。"}};
        for (String[] article : articles) {
            Extraction extraction = extract(article[0], article[1], null);
            assertTrue(extraction.relevant(), article[0] + " " + article[1]);
            assertFalse(extraction.events().isEmpty(), article[0]);
        }
    }

    @Test
    void aGenreWordInTheOpeningSentenceLeavesOutOnlyThatSentence() {
        Extraction invitation = extract("县人民医院专家下沉乡镇卫生院坐诊 群众家门口看名医",
                "为深入推进紧密型县域医共体建设，3月起，县人民医院每周派出专家到各乡镇卫生院坐诊，欢迎广大群众前来就诊。\n"
                        + "今年以来，医共体总院已向12个分院派驻专家46名，下转患者1234人次。", null);
        assertTrue(invitation.relevant());
        assertTrue(invitation.events().stream().noneMatch(e -> e.evidence().contains("前来就诊")), invitation.events().toString());
        assertTrue(extract("我县推进优质医疗资源下沉基层",
                "为推进分级诊疗制度建设，近日，县卫健局组织县直医院专家开展义诊活动。\n"
                        + "今年，县人民医院与15家乡镇卫生院组建紧密型县域医共体，实现双向转诊1860人次。", null).relevant());
    }

    @Test
    void aServiceThatAReformMadePossibleIsNotAnAdvert() {
        assertEquals(Set.of("DIGITAL_HEALTH"), categories(extract(
                "全市13家公立医院开通互联网诊疗服务，实现预约挂号、在线复诊、处方流转、药品配送一条龙服务。")));
        assertFalse(extract("我院专家门诊每周一至周五开诊，欢迎预约，预约电话12345678。").relevant());
    }

    @Test
    void whatAnInstitutionIsIsNotAReformStep() {
        assertFalse(categories(extract("该院是国家区域医疗中心建设单位，全院职工1200人。")).contains("REGIONAL_MEDICAL_CENTER"));
        assertFalse(categories(extract("医院拥有国家临床重点专科3个，床位1500张。")).contains("REGIONAL_MEDICAL_CENTER"));
        assertTrue(categories(extract("该院成功获批国家区域医疗中心建设单位。")).contains("REGIONAL_MEDICAL_CENTER"));
    }

    @Test
    void healthReformReportedByAHospitalOrBesideHealthAdviceStaysRelevant() {
        assertTrue(extract("我院医共体信息化平台正式上线运行",
                "1月6日，我院牵头建设的紧密型县域医共体信息化平台正式上线运行。", null).relevant());
        Extraction vaccine = extract("接种疫苗 守护健康",
                "疾控中心提醒市民及时接种流感疫苗。近年来，我市不断加强公共卫生体系建设，疫苗接种点覆盖所有社区。", null);
        assertEquals(Set.of("PUBLIC_HEALTH"), categories(vaccine));
        assertTrue(extract("关于印发深化医药卫生体制改革重点工作任务的通知",
                "现将重点工作任务印发给你们。全面推进紧密型县域医共体建设，深化医保支付方式改革。", null).relevant());
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
