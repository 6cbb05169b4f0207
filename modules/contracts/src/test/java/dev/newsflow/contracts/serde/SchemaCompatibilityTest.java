package dev.newsflow.contracts.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

/**
 * Consumers must never be broken by an upgrade: every current schema reads every released version of
 * itself (backward) and is read by it (forward).
 */
class SchemaCompatibilityTest {

    @Test
    void everyReleasedVersionIsListedAndStored() {
        List<String> versions = SchemaCatalog.releasedVersions();
        assertFalse(versions.isEmpty());
        for (String version : versions) {
            assertFalse(SchemaCatalog.released(version).isEmpty(), version);
        }
    }

    @Test
    void currentSchemasAreFullyCompatibleWithEveryReleasedVersion() {
        Map<String, Schema> current = SchemaCatalog.current();
        assertEquals(SchemaCatalog.RECORD_FILES.size(), current.size(), "every record file parses");
        List<String> problems = new ArrayList<>();
        for (String version : SchemaCatalog.releasedVersions()) {
            for (Map.Entry<String, Schema> released : SchemaCatalog.released(version).entrySet()) {
                Schema now = current.get(released.getKey());
                if (now == null) {
                    problems.add(released.getKey() + " was released in " + version + " but no longer exists");
                    continue;
                }
                problems.addAll(incompatibilities(version, now, released.getValue()));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theCheckCatchesABreakingChange() {
        Schema released = SchemaCatalog.released("1").get(RawPage.getClassSchema().getFullName());
        // a new required field without a default breaks readers of old records
        String breaking = RawPage.getClassSchema().toString().replace(
                "\"fields\":[", "\"fields\":[{\"name\":\"mustHave\",\"type\":\"string\"},");
        Schema changed = new Schema.Parser().parse(breaking);
        assertFalse(incompatibilities("1", changed, released).isEmpty());
        // and the same field with a default is fine
        Schema compatible = new Schema.Parser().parse(RawPage.getClassSchema().toString().replace(
                "\"fields\":[", "\"fields\":[{\"name\":\"mayHave\",\"type\":\"string\",\"default\":\"\"},"));
        assertTrue(incompatibilities("1", compatible, released).isEmpty());
    }

    @Test
    void aRecordWrittenWithTheReleasedSchemaDecodesIntoTheCurrentClass() throws Exception {
        Schema released = SchemaCatalog.released("1").get(RawPage.getClassSchema().getFullName());
        // the model with the generated classes' logical-type conversions, writing a generic record
        GenericData model = SpecificData.getForClass(RawPage.class);
        GenericRecord old = new GenericData.Record(released);
        RawPage sample = Samples.rawPage();
        for (Schema.Field field : released.getFields()) {
            old.put(field.name(), sample.get(field.name()));
        }
        byte[] bytes = new BinaryMessageEncoder<GenericRecord>(model, released).encode(old).array();
        assertEquals(sample.getUrl(), AvroSerde.of(RawPage.class).deserialize("raw-pages", bytes).getUrl());
    }

    private static List<String> incompatibilities(String version, Schema current, Schema released) {
        List<String> problems = new ArrayList<>();
        var backward = SchemaCompatibility.checkReaderWriterCompatibility(current, released);
        if (backward.getType() != SchemaCompatibilityType.COMPATIBLE) {
            problems.add(current.getFullName() + " cannot read records written with release " + version + ": "
                    + backward.getResult().getIncompatibilities());
        }
        var forward = SchemaCompatibility.checkReaderWriterCompatibility(released, current);
        if (forward.getType() != SchemaCompatibilityType.COMPATIBLE) {
            problems.add("release " + version + " of " + current.getFullName() + " cannot read current records: "
                    + forward.getResult().getIncompatibilities());
        }
        return problems;
    }
}
