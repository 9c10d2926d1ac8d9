package org.actionplan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.actionplan.core.Code;
import org.actionplan.core.Plan;
import org.actionplan.core.SamplePlans;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;

class PlanJsonTests {

    private static final Plan SAMPLE = SamplePlans.small();

    @Test
    void roundTripIsLosslessAndByteStable() {
        String json = PlanJson.write(SAMPLE);
        Plan back = PlanJson.read(json);
        assertThat(back).isEqualTo(SAMPLE);
        assertThat(PlanJson.write(back)).isEqualTo(json);
    }

    @Test
    void writesAmountsAsPlainDecimalsAndTaggedTimeframes() {
        String json = PlanJson.write(SAMPLE);
        assertThat(json).contains("\"current\": 500000.5").contains("\"type\": \"ongoing\"")
                .contains("\"start\": \"2024\"").contains("\"currency\": \"ALL\"").doesNotContain("E+")
                .doesNotContain("\"quantified\"").doesNotContain("\r");
        assertThat(json).endsWith("}\n");
    }

    static Stream<Arguments> data_malformed() {
        String valid = PlanJson.write(SAMPLE);
        return Stream.of(
                Arguments.of("{\"id\": \"x\",", "", "Unexpected end-of-input"),
                Arguments.of(valid.replace("\"jurisdiction\": \"AL\"", "\"jurisdiction\": \"AL\", \"colour\": \"red\""), "colour",
                        "unknown property 'colour' of Plan"),
                Arguments.of(valid.replace("\"capital\": 250000", "\"capital\": -5"),
                        "goals[0].children[0].children[0].activities[0].cost.years[2025].capital", "capital must not be negative: -5"),
                Arguments.of(valid.replace("\"currency\": \"ALL\",\n  \"languages\"", "\"currency\": \"XYZ\",\n  \"languages\""),
                        "currency", "XYZ"),
                // twelve characters that would expand to a hundred million digits: refused at once, not expanded
                Arguments.of(valid.replace("\"capital\": 250000", "\"capital\": 1e99999999"),
                        "goals[0].children[0].children[0].activities[0].cost.years[2025].capital",
                        "capital must have at most 100 digits before the decimal point: 1E+99999999"),
                Arguments.of(valid.replace("\"firstYear\": 2024", "\"firstYear\": \"soon\""), "firstYear", "soon"),
                Arguments.of(valid.replace("\"firstYear\": 2024", "\"firstYear\": 99999999999999"), "firstYear", "out of range"),
                Arguments.of(valid.replace("\"lastYear\": 2025", "\"lastYear\": 2020"), "", "plan period is inverted: 2024-2020"),
                Arguments.of(valid.replace("\"code\": \"1.1\"", "\"code\": \"1.x\""), "goals[0].children[0].code", "not a code"),
                Arguments.of(valid.replace("\"end\": \"2025\"", "\"end\": \"2025Q7\""),
                        "goals[0].children[0].children[0].activities[0].timeframes[0].end", "not a period"),
                Arguments.of(valid.replace("\"type\": \"ongoing\"", "\"type\": \"someday\""),
                        "goals[0].children[0].children[0].activities[1].timeframes[0]", "someday"),
                Arguments.of(valid.replace("\"id\": \"sample\",", ""), "id", "id must not be null"),
                Arguments.of("[1, 2]", "", "Plan"),
                Arguments.of("null", "", "null"),
                Arguments.of(valid + " {}", "", "Trailing token"));
    }

    @ParameterizedTest
    @MethodSource("data_malformed")
    void rejectsBadInputWithLocationAndReason(String json, String path, String reason) {
        assertThatExceptionOfType(PlanFormatException.class)
                .isThrownBy(() -> PlanJson.read(json))
                .satisfies(e -> {
                    assertThat(e.getPath()).isEqualTo(path);
                    assertThat(e.getReason()).contains(reason);
                    assertThat(e.getLine()).isPositive();
                    String valid = PlanJson.write(SAMPLE);
                    int firstDifference = 0;
                    while (firstDifference < Math.min(json.length(), valid.length())
                            && json.charAt(firstDifference) == valid.charAt(firstDifference)) {
                        firstDifference++;
                    }
                    boolean edited = json.length() > 20 && !path.isEmpty() && !path.equals("id");
                    if (edited) {
                        // The error points at the edited line, or at the opening brace of the element it is in.
                        int edit = lineOf(json, json.substring(firstDifference));
                        assertThat(e.getLine()).isBetween(edit - 1, edit);
                    }
                    assertThat(e.getMessage()).contains("line " + e.getLine());
                });
    }

    @Test
    void aReadSharesEqualPeriodsCodesAndShortStringsBetweenValues() {
        String json = "[{\"type\": \"dated\", \"text\": \"2025\", \"start\": \"2025\", \"end\": \"2025\"},"
                + " {\"type\": \"dated\", \"text\": \"2025-26\", \"start\": \"2025\", \"end\": \"2026\"}]";
        Timeframe.Dated[] read = PlanJson.read(json, Timeframe.Dated[].class);
        assertThat(read[0].start()).isEqualTo(CalendarPeriod.year(2025)).isSameAs(read[0].end()).isSameAs(read[1].start());
        assertThat(read[1].end()).isEqualTo(CalendarPeriod.year(2026));
        Code[] codes = PlanJson.read("[\"1.2\", \"1.2\", \"1.3\"]", Code[].class);
        assertThat(codes[0]).isSameAs(codes[1]).isEqualTo(Code.parse("1.2"));
        assertThat(codes[2]).isEqualTo(Code.parse("1.3"));
        Timeframe.Unparsed[] texts = PlanJson.read("[{\"type\": \"unparsed\", \"text\": \"vazhdimisht\", \"reason\": \"r\"},"
                + " {\"type\": \"unparsed\", \"text\": \"vazhdimisht\", \"reason\": \"r\"}]", Timeframe.Unparsed[].class);
        assertThat(texts[0].text()).isEqualTo("vazhdimisht").isSameAs(texts[1].text());
        assertThat(texts[0].reason()).isSameAs(texts[1].reason());
        // values are shared within one read only: a second read parses again
        assertThat(PlanJson.read("[\"1.2\"]", Code[].class)[0]).isEqualTo(codes[0]).isNotSameAs(codes[0]);
    }

    @Test
    void rejectsDeepNestingEvenWhereValuesAreSkipped() {
        String json = "{\"x\": " + "[".repeat(500) + "]".repeat(500) + "}";
        assertThatExceptionOfType(PlanFormatException.class)
                .isThrownBy(() -> PlanJson.readLenient(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Plan.class))
                .withMessageContaining("nesting depth");
    }

    @Test
    void lenientReadReportsEveryUnknownProperty() {
        String json = PlanJson.write(SAMPLE)
                .replace("\"jurisdiction\": \"AL\"", "\"jurisdiction\": \"AL\", \"colour\": {\"a\": [1]}")
                .replace("\"label\": \"Masë prioritare\"", "\"label\": \"Masë prioritare\", \"priority\": 1");
        ReadResult<Plan> result = PlanJson.readLenient(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Plan.class);
        assertThat(result.value()).isEqualTo(SAMPLE);
        assertThat(result.warnings()).extracting(ReadWarning::message)
                .containsExactly("unknown property 'colour' of Plan skipped", "unknown property 'priority' of Section skipped");
        assertThat(result.warnings().get(1).path()).isEqualTo("goals[0].children[0].children[0].priority");
        assertThat(result.warnings().get(0).line()).isEqualTo(lineOf(json, "\"colour\""));
        assertThat(result.warnings().get(1).line()).isEqualTo(lineOf(json, "\"priority\""));
        assertThat(result.warnings().get(1).line()).isPositive();
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.lastIndexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
