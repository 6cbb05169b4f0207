package dev.newsflow.extract.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gold labels of one page, in the format of eval/seeds/seed-labels.json ("pages": [{file, relevant, date,
 * region{name, province, adcode}, categories}, ...]); other fields are ignored. {@code date} is ISO-8601 or null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageLabels(String file, boolean relevant, String date, LabelledRegion region, List<String> categories) {

    public PageLabels {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelledRegion(String name, String province, String adcode) {
    }

    /** The pages of a labels file. */
    public static List<PageLabels> read(Path labelsJson) {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try {
            JsonNode root = mapper.readTree(Files.readString(labelsJson));
            JsonNode pages = root.isArray() ? root : root.path("pages");
            if (!pages.isArray()) {
                throw new IllegalArgumentException(labelsJson + ": no \"pages\" array");
            }
            List<PageLabels> labels = new ArrayList<>();
            for (JsonNode page : pages) {
                labels.add(mapper.treeToValue(page, PageLabels.class));
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels " + labelsJson, e);
        }
    }
}
