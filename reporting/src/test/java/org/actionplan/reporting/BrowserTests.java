package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.actionplan.core.Plan;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;

/**
 * Renders each HTML report of the hostile plan in headless Chromium and checks the DOM after load: the SVG charts
 * are there and no script from the plan ran (the payloads would set {@code data-pwned} on the body).
 * <p>
 * The Content-Security-Policy element is removed before loading, so that the check proves the escaping alone keeps
 * the payloads inert, not the policy (whose presence {@code HostileInputTests} checks).
 * <p>
 * Skipped, with a message, when no Chromium is installed ({@code apt-get install chromium}); {@code .ci/run}
 * installs it. The browser path can be set with {@code -Dchromium=/path/to/chromium}.
 */
class BrowserTests {

    @TempDir
    Path tmp;

    static Stream<Arguments> reports() {
        List<Arguments> all = new ArrayList<>();
        Plan plan = TestPlans.hostile();
        ReportOptions options = ReportOptions.of(Locale.ENGLISH);
        all.add(Arguments.of(Reports.actionPlan(plan, options)));
        all.add(Arguments.of(Reports.responsibilityMatrix(plan, options)));
        all.add(Arguments.of(Reports.timeline(plan, options)));
        all.add(Arguments.of(Reports.costingSummary(PlanCosts.of(plan), GapConvention.COST_MINUS_FUNDING, options)));
        all.add(Arguments.of(TestMonitoring.progress(plan, options, TestPlans.PAYLOADS.get(0))));
        all.add(Arguments.of(TestPlans.audit(TestPlans.auditedHostile(), options)));
        all.add(Arguments.of(Reports.timeline(plan, ReportOptions.of(Locale.forLanguageTag("sq")))));
        all.add(Arguments.of(SampleReports.everyBlock()));
        all.add(Arguments.of(SampleReports.everyBlock("<script>document.body.setAttribute('data-pwned','1')</script>",
                "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">")));
        return all.stream();
    }

    static String chromium() {
        String configured = System.getProperty("chromium");
        if (configured != null) {
            return new File(configured).canExecute() ? configured : null;
        }
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void chromiumDrawsTheChartsAndRunsNoInjectedScript(Report report) throws IOException, InterruptedException {
        String browser = chromium();
        assumeTrue(browser != null, "Chromium not installed (apt-get install chromium): browser check skipped");
        Path html = tmp.resolve(report.id() + ".html");
        byte[] bytes = ReportFormat.HTML.renderBytes(report);
        String withoutPolicy = new String(bytes, StandardCharsets.UTF_8).replaceFirst(
                "<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
        assertThat(withoutPolicy).doesNotContain("Content-Security-Policy");
        Files.writeString(html, withoutPolicy, StandardCharsets.UTF_8);
        Path dom = tmp.resolve(report.id() + ".dom.html");
        Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + tmp.resolve("profile"), "--dump-dom", html.toUri().toString())
                .redirectOutput(dom.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("chromium finished").isTrue();
        Document after = Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8));
        Document before = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        assertThat(after.body()).as("DOM dumped by chromium").isNotNull();
        assertThat(after.body().hasAttr("data-pwned")).as("an injected script ran").isFalse();
        assertThat(after.select("script")).isEmpty();
        int charts = (int) report.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Chart).count();
        assertThat(after.select("svg")).hasSize(charts);
        assertThat(after.select("svg > title")).hasSize(charts);
        assertThat(after.select("svg > desc")).hasSize(charts);
        assertThat(after.select("table")).hasSize(before.select("table").size());
        if (report.id().equals("timeline")) {
            assertThat(charts).isPositive();
            assertThat(after.select("svg rect")).isNotEmpty();
        }
    }
}
