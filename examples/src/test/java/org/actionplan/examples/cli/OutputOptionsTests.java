package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.actionplan.core.Activity;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.Money;
import org.actionplan.core.money.YearCost;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The output formats of validate, cost, audit and score, on the bundled plan and on a hostile one. */
class OutputOptionsTests {

    private static final String HOSTILE = "=HYPERLINK(\"http://evil\")<script>alert(1)</script>|x";

    static Stream<Arguments> commands() {
        return Stream.of(Arguments.of("validate", ValidateCommand.Output.class, 5),
                Arguments.of("cost", CostCommand.Output.class, 7),
                Arguments.of("audit", AuditCommand.Output.class, 7),
                Arguments.of("score", ScoreCommand.Output.class, 10));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyFormatIsWellFormedAndSaysTheSameAsTheOthers(String command, Class<?> output, int columns, @TempDir Path dir)
            throws IOException {
        Cli csv = Cli.run(command, "--format", "csv");
        assertThat(csv.code).as(csv.err).isZero();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.out)).getRecords();
        assertThat(records.get(0).size()).isEqualTo(columns);
        int dataRows = records.size() - 1;

        Cli html = Cli.run(command, "--format", "html");
        Document page = Jsoup.parse(html.out);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("table tbody tr")).hasSize(dataRows);
        assertThat(page.select("table thead th")).hasSize(columns);

        Cli md = Cli.run(command, "--format", "md");
        // header, separator, rows
        assertThat(md.out.lines().filter(l -> l.startsWith("| ")).count()).isEqualTo(dataRows + 2L);

        Path xlsx = dir.resolve(command + ".xlsx");
        Cli written = Cli.run(command, "--format", "xlsx", "--out", xlsx.toString());
        assertThat(written.err).contains("wrote " + xlsx);
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getFirstSheet();
            assertThat(sheet.read()).hasSizeGreaterThanOrEqualTo(dataRows + 1);
        }

        Cli json = Cli.run(command, "--format", "json");
        Object read = PlanJson.read(json.out, output);
        assertThat(PlanJson.write(read)).as("json reads back into %s and writes the same bytes", output.getSimpleName())
                .isEqualTo(json.out);
        assertThat(Cli.run(command, "--format", "json").out).as("deterministic").isEqualTo(json.out);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void badOutputOptionsAreBadUsage(String command, Class<?> output, int columns, @TempDir Path dir) throws IOException {
        Cli xlsx = Cli.run(command, "--format", "xlsx");
        assertThat(xlsx.code).isEqualTo(2);
        assertThat(xlsx.err).contains("give --out FILE.xlsx");
        Cli lang = Cli.run(command, "--lang", "fr");
        assertThat(lang.code).isEqualTo(2);
        assertThat(lang.err).contains("--lang must be en or sq, got 'fr'");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli out = Cli.run(command, "--format", "md", "--out", file.resolve("below-a-file.md").toString());
        assertThat(out.code).isEqualTo(2);
        assertThat(out.err).startsWith("actionplan: cannot write");
        assertThat(Cli.run(command, "--format", "pdf").code).isEqualTo(2);
    }

    @Test
    void labelsAndPlanTextsFollowTheLanguage() {
        Cli sq = Cli.run("cost", "--format", "md", "--lang", "sq");
        assertThat(sq.out).contains("| Kodi | Grupi | Aktivitete | Kostoja | Financimi | Hendeku | Pa kosto |")
                .contains("**Totali**");
        Cli en = Cli.run("cost", "--format", "md", "--lang", "en");
        assertThat(en.out).contains("| Code | Group | Activities | Cost | Funding | Gap | Unquantified |");
    }

    @Test
    void whatAPlanSaysIsEscapedInEveryFormat(@TempDir Path dir) throws IOException {
        Activity a = Activity.builder("a1", LocalizedText.of("en", HOSTILE)).code("@SUM(A1)")
                .cost(CostEstimate.of(Money.currency("ALL"), Map.of(2024, YearCost.of(new BigDecimal("100"), BigDecimal.ZERO)),
                        List.of()))
                .build();
        Section goal = Section.builder("g1", SectionKind.GOAL, LocalizedText.of("en", HOSTILE)).code("-1").activity(a).build();
        Plan plan = Plan.builder("hostile", LocalizedText.of("en", HOSTILE), 2024, 2025, Money.currency("ALL"))
                .goal(goal).build();
        Path file = Files.writeString(dir.resolve("hostile.json"), PlanJson.write(plan), StandardCharsets.UTF_8);

        Document page = Jsoup.parse(Cli.run("cost", file.toString(), "--format", "html").out);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("tbody td").eachText()).contains(HOSTILE);

        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(Cli.run("cost", file.toString(), "--format", "csv").out))
                .getRecords();
        List<String> cells = new ArrayList<>();
        rows.forEach(r -> r.forEach(cells::add));
        assertThat(cells).contains("'" + HOSTILE, "'@SUM(A1)", "'-1").doesNotContain(HOSTILE, "@SUM(A1)");

        String md = Cli.run("cost", file.toString(), "--format", "md").out;
        assertThat(md).doesNotContain("<script>").doesNotContain("</script>|x");

        CostCommand.Output json = PlanJson.read(Cli.run("cost", file.toString(), "--format", "json").out,
                CostCommand.Output.class);
        assertThat(json.total().children().get(0).title().primary()).isEqualTo(HOSTILE);
    }
}
