package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.actionplan.core.money.ExchangeRate;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;

/**
 * Golden-file tests: every report in every format and both languages, on the small hand-built plan, compared byte
 * for byte with the files under {@code src/test/resources/golden/}.
 * <p>
 * The files were reviewed by eye once. To regenerate them after an intended change, run
 * {@code mvn -pl reporting test -Dtest=GoldenFilesTests -Dgolden.update=true} and review the diff before
 * committing. XLSX files are compared through a text dump of their zip entries (name and content), because the
 * compressed bytes depend on the zlib of the JVM; that two renders give the same bytes is tested in
 * {@code XlsxRendererTests}.
 */
class GoldenFilesTests {

    private static final Path DIR = Path.of("src/test/resources/golden");

    static Stream<Arguments> reports() {
        List<Arguments> all = new ArrayList<>();
        for (String name : GoldenReports.NAMES) {
            for (String language : List.of("en", "sq")) {
                for (ReportFormat format : ReportFormat.values()) {
                    all.add(Arguments.of(name, language, format));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("reports")
    void renderingMatchesTheReviewedGoldenFile(String name, String language, ReportFormat format) throws IOException {
        Report report = GoldenReports.build(name, Locale.forLanguageTag(language));
        for (RenderedFile file : format.render(report)) {
            byte[] actual = format == ReportFormat.XLSX ? dump(file.bytes()) : file.bytes();
            String fileName = format == ReportFormat.XLSX ? file.name() + ".txt" : file.name();
            Path golden = DIR.resolve(language).resolve(fileName);
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.write(golden, actual);
            }
            assertThat(golden).as("golden file %s (regenerate with -Dgolden.update=true)", golden).exists();
            assertThat(new String(actual, StandardCharsets.UTF_8))
                    .as("%s differs from %s", fileName, golden)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
            assertThat(actual).isEqualTo(Files.readAllBytes(golden));
        }
    }

    /** A text dump of a zip: each entry's name and UTF-8 content. */
    static byte[] dump(byte[] zip) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                sb.append("== ").append(e.getName()).append(" ==\n")
                        .append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The reports under golden test, by name. */
    static final class GoldenReports {
        static final List<String> NAMES = List.of("action-plan", "responsibility-matrix", "timeline", "costing-summary",
                "progress", "audit", "every-block");

        static Report build(String name, Locale locale) {
            ReportOptions options = ReportOptions.of(locale);
            return switch (name) {
                case "action-plan" -> Reports.actionPlan(TestPlans.small(), options);
                case "responsibility-matrix" -> Reports.responsibilityMatrix(TestPlans.small(), options);
                case "timeline" -> Reports.timeline(TestPlans.small(), options);
                case "costing-summary" -> Reports.costingSummary(PlanCosts.of(TestPlans.small()),
                        GapConvention.FUNDING_MINUS_COST, options.withConversion(ExchangeRate.of("EUR", "ALL", "110")));
                case "progress" -> TestMonitoring.progress(TestPlans.small(), options, "Përfunduar | =ok");
                case "audit" -> TestPlans.audit(TestPlans.audited(), options);
                case "every-block" -> SampleReports.everyBlock("Gap", "Ministry of Justice", locale.toLanguageTag());
                default -> throw new IllegalArgumentException(name);
            };
        }
    }
}
