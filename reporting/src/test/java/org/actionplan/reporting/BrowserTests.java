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
 * <p>
 * It also measures, with Chromium's own fonts, every text of every chart of the hostile reports in both languages
 * against its chart's view box: no label may be clipped.
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
        byte[] bytes = ReportFormat.HTML.renderBytes(report);
        String withoutPolicy = new String(bytes, StandardCharsets.UTF_8).replaceFirst(
                "<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
        assertThat(withoutPolicy).doesNotContain("Content-Security-Policy");
        Document after = Jsoup.parse(dump(browser, withoutPolicy, report.id()));
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

    /**
     * The real check that no chart text is clipped: Chromium lays out the charts of the hostile plan's reports (whose
     * goal titles and activity names are long payloads) in both languages with its own fonts, and a script added for
     * the test only compares each text's box with its chart's view box.
     */
    @ParameterizedTest(name = "{index}")
    @MethodSource("charts")
    void chromiumDrawsEveryChartTextInsideItsChart(Report report) throws IOException, InterruptedException {
        String browser = chromium();
        assumeTrue(browser != null, "Chromium not installed (apt-get install chromium): browser check skipped");
        String measure = "<script>var bad=[];document.querySelectorAll('svg').forEach(function(svg){"
                + "var vb=svg.viewBox.baseVal;svg.querySelectorAll('text').forEach(function(t){var b=t.getBBox();"
                + "if(b.x<vb.x-0.5||b.x+b.width>vb.x+vb.width+0.5){bad.push(t.textContent.slice(0,40)+' x='+b.x"
                + "+' w='+b.width);}});});document.body.setAttribute('data-clipped',JSON.stringify(bad));"
                + "document.body.setAttribute('data-measured',document.querySelectorAll('svg text').length);</script>";
        String html = new String(ReportFormat.HTML.renderBytes(report), StandardCharsets.UTF_8)
                .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", measure + "</body>");
        Document after = Jsoup.parse(dump(browser, html, report.id() + "-" + report.language()), "");
        assertThat(Integer.parseInt(after.body().attr("data-measured"))).isPositive();
        assertThat(after.body().attr("data-clipped")).isEqualTo("[]");
    }

    static Stream<Arguments> charts() {
        List<Arguments> all = new ArrayList<>();
        Plan plan = TestPlans.hostile();
        for (String language : List.of("en", "sq")) {
            ReportOptions options = ReportOptions.of(Locale.forLanguageTag(language));
            all.add(Arguments.of(Reports.costingSummary(PlanCosts.of(plan), GapConvention.COST_MINUS_FUNDING, options)));
            all.add(Arguments.of(Reports.timeline(plan, options)));
            all.add(Arguments.of(TestMonitoring.progress(plan, options, TestPlans.PAYLOADS.get(0))));
        }
        return all.stream();
    }

    /** Loads an HTML page in headless Chromium and returns the DOM after load, scripts run. */
    private String dump(String browser, String html, String name) throws IOException, InterruptedException {
        Path file = tmp.resolve(name + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        Path dom = tmp.resolve(name + ".dom.html");
        Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + tmp.resolve("profile"), "--dump-dom", file.toUri().toString())
                .redirectOutput(dom.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("chromium finished").isTrue();
        return Files.readString(dom, StandardCharsets.UTF_8);
    }
}
