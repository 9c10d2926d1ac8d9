package org.actionplan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.actionplan.core.Code;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.money.Money;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;

/**
 * Keeps {@code docs/plan-format.md} honest, as a JSON Schema would: its property tables must match the model's
 * record components exactly and in order, every enum constant must be named, its example must read strictly
 * and its error messages must be the ones the reader gives.
 */
class PlanFormatDocumentTests {

    /** Types written as strings or plain objects, documented in "String forms" rather than in a table. */
    private static final Set<Class<?>> STRING_FORMS = Set.of(LocalizedText.class, Code.class, CalendarPeriod.class, Money.class);

    private static String doc;
    private static Map<String, List<String>> tables;
    private static Set<Class<?>> reachable;

    @BeforeAll
    static void readTheDocument() throws IOException {
        Path path = Path.of("..", "docs", "plan-format.md");
        doc = Files.readString(path, StandardCharsets.UTF_8);
        tables = new LinkedHashMap<>();
        String current = null;
        for (String line : doc.split("\n")) {
            if (line.startsWith("## `") && line.endsWith("`")) {
                current = line.substring(4, line.length() - 1);
                tables.put(current, new ArrayList<>());
            } else if (line.startsWith("## ")) {
                current = null;
            } else if (current != null && line.startsWith("| `")) {
                tables.get(current).add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        reachable = new LinkedHashSet<>();
        visit(Plan.class);
    }

    private static void visit(Type type) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                visit(argument);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || STRING_FORMS.contains(c) || !reachable.add(c)) {
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                visit(component.getGenericType());
            }
        }
        if (c.isSealed()) {
            for (Class<?> variant : c.getPermittedSubclasses()) {
                visit(variant);
            }
        }
    }

    private static String docName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }

    private static List<String> jsonProperties(Class<?> record) {
        List<String> names = new ArrayList<>();
        if (Timeframe.class.isAssignableFrom(record) || IndicatorValue.class.isAssignableFrom(record)) {
            names.add("type");
        }
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    @Test
    void everyRecordAPlanCanHoldHasATableListingExactlyItsPropertiesInWriterOrder() {
        List<Class<?>> records = reachable.stream().filter(Class::isRecord).toList();
        assertThat(records).hasSizeGreaterThan(25);
        for (Class<?> record : records) {
            assertThat(tables).as("a table for %s", docName(record)).containsKey(docName(record));
            assertThat(tables.get(docName(record))).as("properties of %s", docName(record))
                    .containsExactlyElementsOf(jsonProperties(record));
        }
    }

    @Test
    void everyTableDescribesATypeOfTheModel() {
        Set<String> names = new LinkedHashSet<>();
        reachable.stream().filter(Class::isRecord).forEach(c -> names.add(docName(c)));
        assertThat(names).containsAll(tables.keySet());
    }

    @Test
    void everyEnumConstantIsNamed() {
        List<Class<?>> enums = reachable.stream().filter(Class::isEnum).toList();
        assertThat(enums).hasSizeGreaterThan(10);
        for (Class<?> e : enums) {
            for (Object constant : e.getEnumConstants()) {
                assertThat(doc).as("%s.%s", e.getSimpleName(), constant).contains("`" + ((Enum<?>) constant).name() + "`");
            }
        }
    }

    private static String example() {
        int start = doc.indexOf("```json\n") + "```json\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void theExampleIsAValidPlanThatRoundTrips() {
        Plan plan = PlanJson.read(example());
        assertThat(plan.allActivities()).hasSize(2);
        assertThat(plan.goals().get(0).rawCode()).isEqualTo("1.");
        assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
    }

    @Test
    void theErrorMessagesShownAreTheOnesTheReaderGives() {
        String negative = example().replace("\"capital\": 0,", "\"capital\": -5,");
        assertThatExceptionOfType(PlanFormatException.class).isThrownBy(() -> PlanJson.read(negative))
                .satisfies(e -> assertThat(doc).contains("\n" + e.getMessage() + "\n"));
        String unknown = example().replaceFirst("\\{\n", "{\n  \"colour\": \"red\",\n");
        assertThatExceptionOfType(PlanFormatException.class).isThrownBy(() -> PlanJson.read(unknown))
                .satisfies(e -> assertThat(doc).contains(e.getMessage().substring(0, e.getMessage().indexOf("amendments, ")
                        + "amendments, ".length())));
    }

    @Test
    void theRejectionsListedHappenAndAbsentAmountsStayUnknown() {
        String example = example();
        for (String bad : List.of(
                example.replaceFirst("\\{\n", "{\n  \"id\": \"twice\",\n"),          // duplicate property name
                example + "{}",                                                            // trailing token
                example.replace("\"firstYear\": 2024", "\"firstYear\": null"),             // null for a number
                example.replace("\"kind\": \"ACTION_PLAN\"", "\"kind\": \"action plan\""), // not an enum constant
                example.replace("\"currency\": \"ALL\",\n  \"languages\"", "\"currency\": \"LEK\",\n  \"languages\""))) {
            assertThat(bad).isNotEqualTo(example);
            assertThatExceptionOfType(PlanFormatException.class).isThrownBy(() -> PlanJson.read(bad));
        }
        Plan plan = PlanJson.read(example.replace("\"current\": 500000.5", "\"current\": 5.000005E+5"));
        assertThat(plan.allActivities().get(0).cost().years().get(2025).current()).isEqualTo(new java.math.BigDecimal("500000.5"));
        assertThat(plan.allActivities().get(0).cost().years().get(2025).capital()).isNull();
        assertThat(plan.allActivities().get(1).cost().isQuantified()).isFalse();
    }

    @Test
    void theLimitsShownAreTheReadersLimits() {
        assertThat(doc).contains("| `MAX_DOCUMENT_BYTES` | 1 GiB (" + PlanJson.MAX_DOCUMENT_BYTES + " bytes) |")
                .contains("| `MAX_NESTING_DEPTH` | " + PlanJson.MAX_NESTING_DEPTH + " |")
                .contains("| `MAX_STRING_LENGTH` | 1 MiB (" + PlanJson.MAX_STRING_LENGTH + " characters) |")
                .contains("| `MAX_NUMBER_LENGTH` | " + PlanJson.MAX_NUMBER_LENGTH + " characters |");
    }
}
