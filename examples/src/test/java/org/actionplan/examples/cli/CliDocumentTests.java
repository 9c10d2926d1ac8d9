package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.actionplan.core.LocalizedText;
import org.actionplan.core.time.CalendarPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps docs/cli.md true: its tables are the JSON outputs of the commands, property for property. */
class CliDocumentTests {

    /** Written as strings or plain objects, described in the document's general rules rather than in a table. */
    private static final Set<Class<?>> STRING_FORMS = Set.of(LocalizedText.class, CalendarPeriod.class);

    private static String doc;
    private static Map<String, List<String>> tables;
    private static Set<Class<?>> reachable;

    @BeforeAll
    static void readTheDocument() throws IOException {
        doc = Files.readString(Path.of("..", "docs", "cli.md"), StandardCharsets.UTF_8);
        tables = new LinkedHashMap<>();
        String current = null;
        for (String line : doc.split("\n")) {
            if (line.startsWith("#### `") && line.endsWith("`")) {
                current = line.substring(6, line.length() - 1);
                tables.put(current, new ArrayList<>());
            } else if (line.startsWith("#")) {
                current = null;
            } else if (current != null && line.startsWith("| `")) {
                tables.get(current).add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        reachable = new LinkedHashSet<>();
        for (Class<?> output : List.of(ValidateCommand.Output.class, CostCommand.Output.class, AuditCommand.Output.class,
                ScoreCommand.Output.class)) {
            visit(output);
        }
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
    }

    private static String docName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }

    @Test
    void everyRecordAnOutputCanHoldHasATableListingExactlyItsPropertiesInWriterOrder() {
        List<Class<?>> records = reachable.stream().filter(Class::isRecord).toList();
        assertThat(records).hasSizeGreaterThanOrEqualTo(17);
        for (Class<?> record : records) {
            assertThat(tables).as("a table for %s", docName(record)).containsKey(docName(record));
            assertThat(tables.get(docName(record))).as("properties of %s", docName(record)).containsExactlyElementsOf(
                    java.util.Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
        }
    }

    @Test
    void everyTableDescribesARecordOfAnOutput() {
        Set<String> names = new LinkedHashSet<>();
        reachable.stream().filter(Class::isRecord).forEach(c -> names.add(docName(c)));
        assertThat(names).containsAll(tables.keySet());
    }

    @Test
    void everyEnumConstantIsNamed() {
        List<Class<?>> enums = reachable.stream().filter(Class::isEnum).toList();
        assertThat(enums).hasSizeGreaterThanOrEqualTo(8);
        for (Class<?> e : enums) {
            for (Object constant : e.getEnumConstants()) {
                assertThat(doc).as("%s.%s", e.getSimpleName(), constant).contains("`" + ((Enum<?>) constant).name() + "`");
            }
        }
    }

    @Test
    void theCostExampleIsWhatTheCommandPrints() {
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("        ...\n", start));
        Cli r = Cli.run("cost", "--depth", "1", "--currency", "EUR", "--rate", "110", "--format", "json");
        assertThat(r.code).isZero();
        assertThat(r.out).startsWith(example);
    }

    @Test
    void everyCommandTheDocumentListsExists() {
        for (String command : List.of("validate", "cost", "audit", "score", "report", "generate", "import-004")) {
            assertThat(doc).contains("| `" + command);
            assertThat(Cli.run(command, "--help").code).as(command).isZero();
        }
    }
}
