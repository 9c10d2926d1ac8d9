package org.actionplan.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.json.PlanJson;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportFormat;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The output options shared by {@code cost}, {@code audit} and {@code score}: {@code --format}, {@code --out} and
 * {@code --lang}, and the writing of each format.
 * <p>
 * {@code text} is for a terminal; {@code md}, {@code html}, {@code csv} and {@code xlsx} are rendered by the
 * reporting module from a one-table {@link Report}, so they get its escaping and formula neutralisation;
 * {@code json} is the command's own documented record (docs/cli.md), written by {@link PlanJson#write(Object)}.
 */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, md, html, csv, json or xlsx (default: ${DEFAULT-VALUE}); json is documented in docs/cli.md")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write to this file instead of standard output (needed for xlsx)")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "language of labels and plan texts: en or sq (default: ${DEFAULT-VALUE})")
    String lang;

    /** Returns an unmodifiable copy of a list, empty for null (JSON leaves empty lists out). */
    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Returns the language, checked. */
    String lang() {
        if (!"en".equals(lang) && !"sq".equals(lang)) {
            throw new InputException("--lang must be en or sq, got '" + lang + "'");
        }
        return lang;
    }

    /** Returns a label in the chosen language. */
    String label(String key) {
        return Labels.get(lang(), key);
    }

    /** Returns a plan text in the chosen language, or in the plan's own language if it has none; "" for null. */
    String text(LocalizedText t) {
        return t == null ? "" : t.best(List.of(lang(), "sq", "en"));
    }

    /** Writes terminal text. */
    void writeText(CommandSpec spec, String text) {
        write(spec, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a value as JSON with the plan format's conventions (2-space indent, plain decimals, nulls omitted). */
    void writeJson(CommandSpec spec, Object value) {
        write(spec, PlanJson.write(value).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Builds a one-section report: the title is the output's label, the subtitle the plan's title, the section
     * says what was selected.
     */
    Report report(String id, String titleKey, org.actionplan.core.Plan plan, String section,
            List<org.actionplan.reporting.Block> blocks) {
        return new Report(id, label(titleKey), text(plan.title()) + " (" + plan.id() + ")", lang(),
                List.of(new org.actionplan.reporting.ReportSection(section, blocks)));
    }

    /** Renders a report of one table in the chosen format (md, html, csv or xlsx) and writes it. */
    void writeReport(CommandSpec spec, Report report) {
        ReportFormat f = switch (format) {
            case md -> ReportFormat.MARKDOWN;
            case html -> ReportFormat.HTML;
            case csv -> ReportFormat.CSV;
            case xlsx -> ReportFormat.XLSX;
            default -> throw new IllegalStateException("not a report format: " + format);
        };
        if (f == ReportFormat.XLSX && out == null) {
            throw new InputException("xlsx is a binary workbook: give --out FILE.xlsx");
        }
        write(spec, f.renderBytes(report));
    }

    private void write(CommandSpec spec, byte[] bytes) {
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(new String(bytes, StandardCharsets.UTF_8));
            w.flush();
            return;
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, bytes);
        } catch (IOException e) {
            throw new InputException("cannot write " + out + ": " + e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("wrote " + out + " (" + format + ", " + bytes.length + " bytes)");
        err.flush();
    }
}
