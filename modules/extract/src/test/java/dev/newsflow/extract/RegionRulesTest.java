package dev.newsflow.extract;

import static dev.newsflow.extract.TestExtractor.extract;
import static dev.newsflow.extract.TestExtractor.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Regions: full names, short forms in context, traps, former names and fallbacks. */
class RegionRulesTest {

    @Test
    void fullNameGivesTheDivisionWithItsChain() {
        Extraction extraction = extract("玉门市被列为省级紧密型医共体试点单位。");
        Region region = only(extraction, "MEDICAL_CONSORTIUM").region();
        assertEquals(new Region("玉门市", "甘肃省", "酒泉市", "玉门市", "620981"), region);
        assertEquals("620981", extraction.region().adcode());
    }

    @Test
    void shortFormsThatAreOrdinaryWordsAreNotPlaces() {
        Extraction extraction = extract("推动优质医疗资源下沉，加强医院合作，新建病房，实施“金山英才”计划，建设城南医院医联体。");
        assertEquals(Region.NATIONAL_ADCODE, extraction.region().adcode());
        extraction.events().forEach(e -> assertEquals(Region.NATIONAL_ADCODE, e.region().adcode()));
    }

    @Test
    void shortFormCountsWithAnAdministrativeSuffix() {
        Extraction extraction = extract("镇江委、市政府高度重视，全面推进医联体建设。");
        assertEquals("321100", extraction.region().adcode());
    }

    @Test
    void shortFormCountsWhenItsFullNameOrParentIsInTheArticle() {
        Extraction withParent = extract("江苏省卫生健康委通报：连云港推进医联体建设，累计建成专科联盟12个。");
        assertEquals("320700", only(withParent, "MEDICAL_CONSORTIUM").region().adcode());
        Extraction alone = extract("连云港推进医联体建设，累计建成专科联盟12个。");
        assertEquals(Region.NATIONAL_ADCODE, alone.region().adcode(), "a bare short form needs context");
        Extraction withFullName = extract("娄底推进医共体建设。娄底市卫生健康委表示，全市已建成医共体12个。");
        assertEquals("431300", withFullName.region().adcode());
    }

    @Test
    void shortFormMustBeAWholeWord() {
        Extraction extraction = extract("辽宁省卫健委：规范经营口径，全面推进医联体建设。");
        assertNotEquals("210800", only(extraction, "MEDICAL_CONSORTIUM").region().adcode(), "营口 inside 经营口径");
    }

    @Test
    void namesInsideTriggersAreNotPlaces() {
        Extraction extraction = extract("学习推广三明医改经验，实施“三医联动”改革。");
        assertEquals(Region.NATIONAL_ADCODE, extraction.region().adcode());
    }

    @Test
    void branchHospitalIsWhereTheEventIs() {
        Extraction extraction = extract("酒泉市深化医改。上海市第一人民医院酒泉医院成功获批国家区域医疗中心。");
        assertEquals("620900", only(extraction, "REGIONAL_MEDICAL_CENTER").region().adcode());
        assertEquals("620900", extraction.region().adcode());
    }

    @Test
    void universitiesAndNewspapersAreNotPlaces() {
        Extraction partner = extract("娄底市国家区域医疗中心项目取得进展，与广州医科大学附属第一医院签订合作协议。");
        assertEquals("431300", only(partner, "REGIONAL_MEDICAL_CENTER").region().adcode());
        Extraction university = extract("支持西安交通大学第一附属医院创建国家医学中心。");
        assertEquals(Region.NATIONAL_ADCODE, university.region().adcode());
        Extraction paper = extract("全面推进医联体建设。文章来源：徐州日报");
        assertEquals(Region.NATIONAL_ADCODE, paper.region().adcode());
    }

    @Test
    void formerNamesMapToTodaysDivision() {
        assertEquals("420600", extract("襄樊市全面推进医共体建设。").region().adcode());
        assertEquals("320312", extract("铜山县全面推进医共体建设。").region().adcode());
        assertEquals("610000", extract("推动全省公立医院高质量发展，建设健康陜西。").region().adcode());
    }

    @Test
    void eventRegionIsTheMostSpecificOfTheSentenceAndSiblingsGiveTheirParent() {
        Extraction extraction = extract("娄底市卫生健康委：涟源市、新化县、双峰县共73家基层医疗卫生机构完成远程诊室建设。"
                + "涟源市获评湖南省深化医改成效明显地区，全面推进医共体建设。");
        assertEquals("431300", only(extraction, "DIGITAL_HEALTH").region().adcode());
        assertEquals("431382", only(extraction, "MEDICAL_CONSORTIUM").region().adcode());
    }

    @Test
    void articleRegionFallsBackToThePublisherThenNational() {
        Extraction withPublisher = extract("", "我院全面推进医共体建设，组建医共体3个。", "421123");
        assertEquals("421123", withPublisher.region().adcode());
        assertEquals("421123", withPublisher.events().get(0).region().adcode());
        Extraction national = extract("全面推进医共体建设，组建医共体3个。");
        assertEquals(Region.NATIONAL, national.region());
        assertNull(national.region().province());
    }

    @Test
    void severalCitiesOfOneProvinceMakeTheProvinceTheArticleRegion() {
        Extraction extraction = extract("江苏医改动态",
                "镇江市推进医联体建设。无锡市建成互联网医院11家。连云港市建成社区医院22个。宿迁市推进医共体建设。", null);
        assertEquals("320000", extraction.region().adcode());
        assertEquals("320200", only(extraction, "DIGITAL_HEALTH").region().adcode());
    }

    @Test
    void aChainWrittenAsOneNameGivesItsMostSpecificDivision() {
        assertEquals("350628", extract("福建省漳州市平和县推进紧密型县域医共体建设，基层就诊率达到60%。").region().adcode());
        assertEquals("310116", extract("上海市金山区推进家庭医生签约服务，签约率达到40%。").region().adcode());
        assertEquals("330105", extract("杭州市下城区推进家庭医生签约服务，签约率达到40%。").region().adcode(),
                "下城区 is today's 拱墅区");
        assertEquals("620900", extract("甘肃酒泉推进紧密型县域医共体建设，基层就诊率达到65%。").region().adcode());
    }

    @Test
    void aChainGoesOnThroughAShortNameWrittenWithItsSuffix() {
        // 延边州, 红河州, 恩施州: the short name and the last character of 延边朝鲜族自治州 and so on
        assertEquals("222401", extract("吉林省延边州延吉市推进紧密型县域医共体建设，组建医共体3个。").region().adcode());
        assertEquals("532504", extract("云南省红河州弥勒市推进紧密型县域医共体建设，组建医共体3个。").region().adcode());
        assertEquals("422802", extract("湖北省恩施州利川市推进紧密型县域医共体建设，组建医共体3个。").region().adcode());
        assertEquals("532926", extract("云南省南涧县推进紧密型县域医共体建设，组建医共体3个。").region().adcode(),
                "南涧县 for 南涧彝族自治县");
    }

    @Test
    void aTitleWithoutPlaceMakesNoExtraEventAtAWiderRegion() {
        String[][] cases = {
            {"广西桂林市资源县推进紧密型县域医共体建设，基层就诊率达到60%。", "450329"},
            {"甘肃省合作市推进紧密型县域医共体建设，基层就诊率达到60%。", "623001"},
            {"南昌市新建区推进紧密型县域医共体建设，基层就诊率达到60%。", "360112"},
        };
        for (String[] c : cases) {
            Extraction extraction = extract("医共体建设", "医共体建设\n" + c[0], null);
            assertEquals(c[1], only(extraction, "MEDICAL_CONSORTIUM").region().adcode(), c[0]);
            assertEquals(c[1], extraction.region().adcode(), c[0]);
        }
    }

    @Test
    void aHeadingThatNamesTheProvinceFirstDoesNotLiftTheSentenceAboveItsCity() {
        Extraction extraction = extract("甘肃酒泉推进医共体建设",
                "甘肃酒泉推进医共体建设\n甘肃酒泉推进紧密型县域医共体建设，基层就诊率达到65%。", null);
        assertEquals("620900", only(extraction, "MEDICAL_CONSORTIUM").region().adcode());
        Extraction section = extract("甘肃医改动态",
                "甘肃深化医改\n甘肃酒泉推进紧密型县域医共体建设，基层就诊率达到65%。\n兰州市建成互联网医院11家。", null);
        assertEquals("620900", only(section, "MEDICAL_CONSORTIUM").region().adcode());
        Extraction underHeading = extract("甘肃医改动态",
                "甘肃酒泉推进医共体建设\n全市推进紧密型县域医共体建设，基层就诊率达到65%。\n兰州市建成互联网医院11家。", null);
        assertEquals("620900", only(underHeading, "MEDICAL_CONSORTIUM").region().adcode(), "the heading's section");
    }

    @Test
    void aPlaceFollowedByAVerbIsTheSubjectNotAHospitalName() {
        Extraction extraction = extract("福建省印发方案。尤溪县组建总医院，推进紧密型县域医共体建设。");
        assertEquals("350426", only(extraction, "MEDICAL_CONSORTIUM").region().adcode());
        assertEquals("350426", extract("尤溪县新建县医院，推进紧密型县域医共体建设，基层就诊率达到60%。").region().adcode());
    }

    @Test
    void aCityWithoutCountiesIsOneDivision() {
        assertEquals("620200", extract("嘉峪关市推进紧密型医共体建设，基层就诊率达到60%。").region().adcode());
        assertEquals("441900", extract("东莞市推进紧密型医联体建设，基层就诊率达到60%。").region().adcode());
    }

    @Test
    void countyLevelChangesOfRecentYearsMapToTodaysDivision() {
        assertEquals("370116", extract("山东省莱芜市全面推行DRG付费改革，医保基金支出同比下降5.2%。").region().adcode());
        assertEquals("310106", extract("上海市闸北区推进家庭医生签约服务，签约率达到40%。").region().adcode());
        assertEquals("350112", extract("长乐市推进紧密型县域医共体建设，基层就诊率达到60%。").region().adcode());
        assertEquals("511504", extract("四川省宜宾县组建紧密型县域医共体，实现乡镇卫生院全覆盖。").region().adcode());
    }
}
