package org.actionplan.examples.seeds;

import static org.actionplan.examples.seeds.SeedCells.sq;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actionplan.core.Activity;
import org.actionplan.core.Code;
import org.actionplan.core.LevelDefinition;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.FundingLine;

/**
 * Builds the section tree of an Albanian 2008 operational framework (pillar, strategic goal, specific objective,
 * activity, sub-activities) from its logical rows. Codes restart per pillar, so every id is prefixed with the pillar
 * numeral ({@code II.1.(b).5.2.1}); a code printed twice in one pillar keeps both rows, the second with the id
 * suffix {@code #2}. A row whose code does not extend its parent's is attached to the nearest level that exists,
 * with a note; nothing is dropped or renumbered.
 */
final class OperationalFramework {

    private static final Pattern LABEL = Pattern.compile(
            "((?:SYNIMI|OBJEKTIVI|OBJEKTIV|OBJEKTIVA|OBKETIVI) (?:STRATEGJIK|SPECIFIKË|SPECIFIK))\\s*:?\\s*(.*)",
            Pattern.DOTALL);

    private final String seed;
    private final String part;
    private final SeedRegistry registry;
    private final Currency currency;
    private final Map<String, List<String>> extraNotes;
    private final List<Node> pillars = new ArrayList<>();
    private final Map<String, Integer> idCount = new HashMap<>();

    /** A section or activity while it is being read. */
    private static final class Node {
        final FrameworkRow row;
        final String id;
        final Code code;
        final SectionKind kind;
        final String label;
        final String title;
        final List<FrameworkRow> indicators = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Node(FrameworkRow row, String id, Code code, SectionKind kind, String label, String title) {
            this.row = row;
            this.id = id;
            this.code = code;
            this.kind = kind;
            this.label = label;
            this.title = title;
        }

        boolean isActivity() {
            return kind == null;
        }
    }

    private OperationalFramework(String seed, String part, SeedRegistry registry, Currency currency,
            Map<String, List<String>> extraNotes) {
        this.seed = seed;
        this.part = part;
        this.registry = registry;
        this.currency = currency;
        this.extraNotes = extraNotes;
    }

    /**
     * Builds the pillars.
     *
     * @param seed  the seed number, for source references
     * @param part  the part of the seed, for source references
     * @param rows  the logical rows in document order
     * @param registry  the institution registry
     * @param currency  the plan currency
     * @param extraNotes  notes to add to nodes, by id
     * @return the pillar sections in document order
     */
    static List<Section> build(String seed, String part, List<FrameworkRow> rows, SeedRegistry registry,
            Currency currency, Map<String, List<String>> extraNotes) {
        OperationalFramework f = new OperationalFramework(seed, part, registry, currency, extraNotes);
        for (FrameworkRow row : rows) {
            f.add(row);
        }
        List<Section> out = new ArrayList<>();
        for (Node pillar : f.pillars) {
            out.add(f.section(pillar));
        }
        return out;
    }

    private void add(FrameworkRow row) {
        switch (row.kind()) {
            case PILLAR -> pillars.add(new Node(row, row.code(), Code.parse(row.code()), SectionKind.PILLAR, null,
                    row.text()));
            case INDICATOR -> {
                Node section = lastSection();
                section.indicators.add(row);
            }
            case SECTION -> addSection(row);
            case ACTION -> addAction(row);
            default -> throw new IllegalStateException();
        }
    }

    private Node pillar(FrameworkRow row) {
        if (pillars.isEmpty()) {
            throw new IllegalStateException(seed + " line " + row.line() + ": row before any pillar");
        }
        return pillars.get(pillars.size() - 1);
    }

    private Node lastSection() {
        Node node = pillars.get(pillars.size() - 1);
        while (!node.children.isEmpty() && !node.children.get(node.children.size() - 1).isActivity()) {
            node = node.children.get(node.children.size() - 1);
        }
        return node;
    }

    private void addSection(FrameworkRow row) {
        Node pillar = pillar(row);
        Matcher m = LABEL.matcher(row.text());
        if (!m.matches()) {
            throw new IllegalStateException(seed + " line " + row.line() + ": goal or objective row without a label");
        }
        boolean goal = m.group(1).contains("STRATEGJIK");
        Code code = Code.parse(row.code());
        Node node = new Node(row, id(pillar, code), code, goal ? SectionKind.GOAL : SectionKind.OBJECTIVE,
                m.group(1), m.group(2).strip());
        if (goal) {
            pillar.children.add(node);
            return;
        }
        Node parent = last(pillar.children, n -> !n.isActivity() && n.kind == SectionKind.GOAL)
                .orElseThrow(() -> new IllegalStateException(seed + " line " + row.line() + ": objective before goal"));
        if (!code.isChildOf(parent.code)) {
            node.notes.add("code " + row.code().strip() + " does not extend its goal's code " + parent.code);
        }
        parent.children.add(node);
    }

    private void addAction(FrameworkRow row) {
        Node pillar = pillar(row);
        Code code = Code.parse(row.code());
        Node node = new Node(row, id(pillar, code), code, null, null, row.text());
        Node objective = lastSection();
        if (objective.kind != SectionKind.OBJECTIVE) {
            throw new IllegalStateException(seed + " line " + row.line() + ": activity outside an objective");
        }
        Node parent = code.depth() <= objective.code.depth() + 1 ? objective : findParent(objective, code);
        if (parent == null) {
            parent = objective;
            node.notes.add("no activity " + code.parent().orElseThrow() + " precedes this sub-activity; attached to"
                    + " objective " + objective.code);
        } else if (!code.isChildOf(parent.code)) {
            node.notes.add("code " + row.code().strip() + " does not extend its parent's code " + parent.code);
        }
        parent.children.add(node);
    }

    private static Node findParent(Node objective, Code code) {
        Code wanted = code.parent().orElseThrow();
        Node found = null;
        for (Node child : objective.children) {
            if (child.code.equals(wanted)) {
                found = child;
            }
            Node deeper = child.children.isEmpty() ? null : findParent(child, code);
            if (deeper != null) {
                found = deeper;
            }
        }
        return found;
    }

    private static Optional<Node> last(List<Node> nodes, java.util.function.Predicate<Node> test) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (test.test(nodes.get(i))) {
                return Optional.of(nodes.get(i));
            }
        }
        return Optional.empty();
    }

    private String id(Node pillar, Code code) {
        String id = pillar.code + "." + code;
        int n = idCount.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "#" + n;
    }

    private Section section(Node node) {
        Section.Builder b = Section.builder(node.id, node.kind, title(node)).code(node.row.code().strip())
                .label(node.label).source(SeedCells.ref(seed, part, node.row.line()));
        int n = 1;
        for (FrameworkRow indicator : node.indicators) {
            b.indicator(SeedCells.indicator(node.id + "-i" + n++, indicator.text()));
            b.source(SeedCells.ref(seed, part, indicator.line()));
        }
        node.notes.forEach(b::note);
        extraNotes.getOrDefault(node.id, List.of()).forEach(b::note);
        for (Node child : node.children) {
            if (child.isActivity()) {
                b.activity(activity(child));
            } else {
                b.child(section(child));
            }
        }
        return b.build();
    }

    private LocalizedText title(Node node) {
        String english = node.kind == SectionKind.PILLAR ? PILLAR_EN.get(node.title) : null;
        return english == null ? sq(node.title) : LocalizedText.sqEn(node.title, english);
    }

    private static final Map<String, String> PILLAR_EN = Map.of(
            "NDJEKJA dhe DREJTËSIA PENALE", "Prosecution and criminal justice",
            "MBROJTJA", "Protection",
            "PARANDALIMI", "Prevention",
            "BASHKËRENDIMI", "Coordination",
            "NDJEKJA PENALE", "Prosecution");

    private Activity activity(Node node) {
        FrameworkRow row = node.row;
        Activity.Builder a = Activity.builder(node.id, sq(row.text())).code(row.code().strip())
                .responsibility(registry.responsibility(row.responsible(), null))
                .timeframes(SeedCells.timeframes(row.deadline()))
                .source(SeedCells.ref(seed, part, row.line()));
        SeedCells.indicators(row.indicators(), node.id).forEach(a::indicator);
        if (!row.sources().isBlank()) {
            List<FundingLine> lines = new ArrayList<>();
            for (String name : SeedRegistry.splitSources(row.sources())) {
                lines.add(registry.funding(name));
            }
            a.cost(CostEstimate.unquantified(currency, row.sources(), lines));
        }
        if (node.id.contains("#")) {
            node.notes.add("code " + row.code().strip() + " is printed more than once in its pillar; this is"
                    + " occurrence " + node.id.substring(node.id.indexOf('#') + 1));
        }
        node.notes.forEach(a::note);
        extraNotes.getOrDefault(node.id, List.of()).forEach(a::note);
        for (Node child : node.children) {
            a.subActivity(activity(child));
        }
        return a.build();
    }

    /**
     * Adds the level names of the 2008 frameworks to a plan: pillar, strategic goal, specific objective, activity.
     *
     * @param plan  the plan builder
     * @param activityLabel  the activity column's header as printed
     */
    static void levels(Plan.Builder plan, String activityLabel) {
        plan.level(new LevelDefinition(SectionKind.PILLAR, LocalizedText.sqEn("Shtylla", "Pillar")))
                .level(new LevelDefinition(SectionKind.GOAL, LocalizedText.sqEn("Synimi strategjik", "Strategic goal")))
                .level(new LevelDefinition(SectionKind.OBJECTIVE, LocalizedText.sqEn("Objektivi specifik",
                        "Specific objective")))
                .level(new LevelDefinition(null, LocalizedText.sqEn(activityLabel, "Activities and sub-activities")));
    }

    /** Returns the ids of the duplicate codes, for reports: base id to occurrences. */
    static Map<String, Integer> duplicates(List<Section> pillars) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (Section p : pillars) {
            p.allActivities().forEach(a -> {
                if (a.id().contains("#")) {
                    map.merge(a.id().substring(0, a.id().indexOf('#')), 1, Integer::sum);
                }
            });
        }
        return map;
    }
}
