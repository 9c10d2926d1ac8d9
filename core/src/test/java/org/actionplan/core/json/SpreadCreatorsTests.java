package org.actionplan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.json.JsonMapper;

class SpreadCreatorsTests {

    /** A record whose constructor checks its arguments, as the model's do. */
    record Entry(String name, int count, List<String> tags) {
        Entry {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative: " + count);
            }
            if (name == null) {
                throw new NullPointerException("name must not be null");
            }
        }
    }

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonMapper SPREAD = JsonMapper.builder().addModule(new SpreadCreators()).build();

    @Test
    void buildsRecordsLikeJacksonDoes() {
        String json = "{\"name\": \"a\", \"count\": 3, \"tags\": [\"x\", \"y\"]}";
        Entry entry = SPREAD.readValue(json, Entry.class);
        assertThat(entry).isEqualTo(new Entry("a", 3, List.of("x", "y"))).isEqualTo(PLAIN.readValue(json, Entry.class));
        assertThat(SPREAD.readValue("{\"name\": \"b\"}", Entry.class)).isEqualTo(new Entry("b", 0, null));
    }

    @Test
    void reportsAConstructorFailureExactlyAsJacksonDoes() {
        for (String json : List.of("{\"name\": \"a\", \"count\": -1}", "{\"count\": 2}", "[{\"name\": \"a\", \"count\": -4}]")) {
            Class<?> type = json.startsWith("[") ? Entry[].class : Entry.class;
            DatabindException plain = catchThrowableOfType(DatabindException.class, () -> PLAIN.readValue(json, type));
            DatabindException spread = catchThrowableOfType(DatabindException.class, () -> SPREAD.readValue(json, type));
            assertThat(spread).isNotNull().hasSameClassAs(plain).hasMessage(plain.getMessage());
            assertThat(spread.getPath()).hasToString(plain.getPath().toString());
            assertThat(spread.getCause()).hasSameClassAs(plain.getCause()).hasMessage(plain.getCause().getMessage());
        }
    }

    @Test
    void leavesOtherInstantiatorsAlone() {
        ValueInstantiator other = new ValueInstantiator.Base(Entry.class);
        assertThat(SpreadCreators.spread(other)).isSameAs(other);
    }
}
