package dev.newsflow.extract.stage;

import dev.newsflow.extract.Stage;
import dev.newsflow.extract.taxonomy.Trigger;
import dev.newsflow.extract.text.ArticleDocument;
import dev.newsflow.extract.text.Hit;
import dev.newsflow.extract.text.ResourceTable;
import dev.newsflow.extract.text.Sentence;
import dev.newsflow.extract.text.TermIndex;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an event's stage from its sentence: a deadline (到2025年底前) or a goal cue makes it TARGET, then PILOT,
 * PROGRESS and ANNOUNCED cues in that order of precedence (stage/stage-cues.tsv), else OTHER. Cues inside a
 * trigger term of the sentence do not count.
 */
public final class StageClassifier {

    private final List<StageCue> cues;
    private final DeadlineParser deadlines = new DeadlineParser();

    private StageClassifier(List<StageCue> cues) {
        this.cues = cues;
    }

    public static StageClassifier withDefaults() {
        return new StageClassifier(ResourceTable.rows("/dev/newsflow/extract/stage/stage-cues.tsv", 2).stream()
                .map(row -> new StageCue(row[0], Stage.valueOf(row[1]))).toList());
    }

    public void register(TermIndex.Builder builder) {
        cues.forEach(cue -> builder.add(cue.cue(), cue));
    }

    public StageReading classify(ArticleDocument doc, Sentence sentence, LocalDate published) {
        Optional<Deadline> deadline = deadlines.find(doc.textOf(sentence), published);
        if (deadline.isPresent()) {
            return new StageReading(Stage.TARGET, deadline.get().date());
        }
        Set<Stage> found = EnumSet.noneOf(Stage.class);
        List<Hit<Trigger>> triggers = null; // read only when the sentence has a cue
        for (Hit<StageCue> hit : doc.hits(sentence, StageCue.class)) {
            if (triggers == null) {
                triggers = doc.hits(sentence, Trigger.class);
            }
            // a cue inside a reform's name is part of the name, not what the sentence says of it: 签约 in
            // 《关于推进家庭医生签约服务的指导意见》, 引进 in 完善人才引进机制 (as the reporting check skips them)
            if (!hit.withinAny(triggers)) {
                found.add(hit.term().stage());
            }
        }
        for (Stage stage : List.of(Stage.TARGET, Stage.PILOT, Stage.PROGRESS, Stage.ANNOUNCED)) {
            if (found.contains(stage)) {
                return new StageReading(stage, null);
            }
        }
        return new StageReading(Stage.OTHER, null);
    }
}
