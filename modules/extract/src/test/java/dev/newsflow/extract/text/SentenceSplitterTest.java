package dev.newsflow.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsAtSentenceMarksAndLinesKeepingOffsets() {
        String text = "标题行\n　　第一句。“第二句！”第三句；第四句\n\n尾句?";
        List<Sentence> sentences = splitter.split(text);
        List<String> texts = sentences.stream().map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("标题行", "第一句。", "“第二句！”", "第三句；", "第四句", "尾句?"), texts);
        assertTrue(sentences.get(0).heading());
        assertFalse(sentences.get(1).heading());
        assertEquals(sentences.get(1).paragraph(), sentences.get(4).paragraph());
    }

    @Test
    void asciiQuestionMarksInsideWordsAreLostCharactersNotSentenceEnds() {
        String text = "设立了医??傤~预付制度,试点工作取得了阶段性成效。";
        assertEquals(1, splitter.split(text).size());
    }
}
