package org.actionplan.core.institution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actionplan.core.Checks;

/**
 * Resolves the responsibility cells of an activity ("MB, MASHT, MKRS") against an institution registry.
 * <p>
 * <b>Matching.</b> A name matches an institution when, after folding, it equals the institution's id, one of its
 * acronyms, aliases or names (any language). Folding ignores case, diacritics ({@code ç}/{@code c},
 * {@code ë}/{@code e}), repeated whitespace, the kind of dash and a trailing full stop. When that fails, a
 * hyphenated case ending is removed and the name tried again ({@code ZKKA-ja}, {@code MKR-së}, {@code OJQ-të},
 * {@code ICITAP-in}). If two institutions claim the same folded key, the one that has it as id wins, then as
 * acronym, then as alias, then as name; within one level the first in the registry wins.
 * <p>
 * <b>Splitting.</b> A cell is read as a list, in order:
 * <ol>
 * <li>clause markers {@code në bashkëpunim me} (also {@code ... e}), {@code me mbështetjen e},
 *     {@code me mbështetje të}, {@code në koordinim me}, {@code in cooperation with}, {@code with the support of}
 *     make every name after them supporting;</li>
 * <li>names are separated by line breaks, {@code ;} and {@code ,}; consecutive pieces are joined back when the
 *     joined text is a known name (so "Ministria e Arsimit, Shkencës dhe Teknologjisë" stays whole), longest
 *     first;</li>
 * <li>a piece {@code X (Y, Z)} gives X, then the names in the parentheses, except that {@code X (Y)} where Y is
 *     X's acronym or a unit of X gives one assignment;</li>
 * <li>a piece {@code Parent – Unit} (a dash with spaces) gives the unit if it is known and belongs to the parent,
 *     else both if both are known and unrelated, else the parent with the whole text kept as name;</li>
 * <li>what remains is split on {@code /} and on these words between spaces: {@code dhe}, {@code si dhe},
 *     {@code and}, {@code &amp;}, {@code me}, {@code në partneritet me}, {@code e ndihmuar nga},
 *     {@code asistuar nga}, {@code me ndihmën e}, {@code e mbështetur nga}, {@code nëpërmjet}; again joining
 *     pieces back when the joined text is known ("Drejtoria e Kufirit dhe Migracionit"). A piece that starts
 *     with a connector ({@code dhe}, {@code me}, {@code me mbështetjen e}, {@code përfshirë},
 *     {@code veçanërisht}, {@code sidomos}...) is read without it. A part that is not known but is a sequence
 *     of known names separated by spaces is split into them (004's "MB MSHMS PP DPPSH", 2008's "Gjykata e
 *     Lartë ZKKA"); if no part is known, the whole piece is kept as one unresolved name.</li>
 * </ol>
 * A full stop followed by a space and a capital letter also separates names ("Policia e Shtetit. SECI");
 * an en or em dash needs no spaces to mark a unit. Footnote digits ({@code ⁸}), typographic quotes and a
 * trailing {@code etj}/{@code etc} are ignored when matching (the name keeps them); a bare "etj" or "të tjerë"
 * ("and others") is kept as an unresolved name.
 * <b>Roles.</b> The first name of the responsible cell is the {@link Role#LEAD}; the other names before a clause
 * marker are {@link Role#CO_RESPONSIBLE}; names after a marker and every name of the supporting cell are
 * {@link Role#SUPPORTING}. Collective placeholders ("donatorët", "anëtarët e MKR-së") resolve like any other
 * name when the registry has an entry for them. A name that does not resolve is kept, with a null institution;
 * nothing is dropped, and the raw cells are kept on the {@link Responsibility}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class InstitutionResolver {

    private static final Pattern MARKER = Pattern.compile(
            "(?:ne bashkepunim (?:me|e)|me mbeshtetjen e|me mbeshtetje te|ne koordinim me|in cooperation with"
            + "|with the support of)(?=\\s|$)");
    private static final Pattern SUFFIX = Pattern.compile("^(.+?)[-_](?:ja|je|se|te|ne|i|in|it|ve|et|es|ni|ri)$");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern STRONG = Pattern.compile("[\\n;,]|[.:]\\s+");
    private static final Pattern WEAK = Pattern.compile("/|\\s+(?:(?:si dhe|si edhe|dhe|and)\\s+me|si dhe|si edhe|"
            + "ne partneritet me|se bashku me|e ndihmuar nga|asistuar nga|me ndihmen e|e mbeshtetur nga|nepermjet|&|"
            + "dhe|and|me)\\s+");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:dhe|and|si dhe|si edhe|with|me)\\s+)?(?:me mbeshtetjen e|"
            + "mbeshtetjen e|me ndihmen e|ndihmen e|e mbeshtetur nga|me kontributin e|kontributin e|kontribut nga|"
            + "perfshi|perfshire|vecanerisht|sidomos|including|especially)\\.?\\s+"
            + "|^(?:dhe|and|si dhe|si edhe|with|ne partneritet me|se bashku me|me)\\s+");
    /** A word that a full stop may follow without ending a name ("përfshi. BKTF"). */
    private static final Pattern NOT_A_SENTENCE = Pattern.compile("(?:^|\\s|\\()(?:perfshi|perfshire|psh)$");
    private static final Pattern DASH = Pattern.compile("\\s[-–—]\\s|\\s?[–—]\\s?");
    private static final Pattern NOISE = Pattern.compile(
            "[\u2070\u00b9\u00b2\u00b3\u2074-\u2079\u201e\u201c\u201d\"]+|\\s+(?:etj|etc)\\.?$");

    private final List<Institution> institutions;
    private final Map<String, Institution> byKey;

    private InstitutionResolver(List<Institution> institutions) {
        this.institutions = institutions;
        Map<String, Institution> keys = new HashMap<>();
        Map<String, Integer> levels = new HashMap<>();
        for (Institution inst : institutions) {
            register(keys, levels, inst.id(), 0, inst);
            inst.acronyms().forEach(a -> register(keys, levels, a, 1, inst));
            inst.aliases().forEach(a -> register(keys, levels, a, 2, inst));
            inst.names().values().values().forEach(n -> register(keys, levels, n, 3, inst));
        }
        this.byKey = Map.copyOf(keys);
    }

    private static void register(Map<String, Institution> keys, Map<String, Integer> levels, String name, int level,
            Institution inst) {
        String key = key(name);
        if (key.isEmpty()) {
            return;
        }
        Integer existing = levels.get(key);
        if (existing == null || existing > level) {
            keys.put(key, inst);
            levels.put(key, level);
        }
    }

    /**
     * Creates a resolver over a registry.
     *
     * @param institutions  the registry, in order (earlier entries win ties), not null
     * @return the resolver, never null
     * @throws NullPointerException if the list or an element is null
     */
    public static InstitutionResolver of(List<Institution> institutions) {
        return new InstitutionResolver(Checks.list(Checks.notNull(institutions, "institutions"), "institutions"));
    }

    /**
     * Returns the registry this resolver matches against.
     *
     * @return the institutions, in order, never null
     */
    public List<Institution> institutions() {
        return institutions;
    }

    /**
     * Finds the institution a single name refers to.
     *
     * @param name  the name as written, may be null
     * @return the institution, empty if the name is null or matches none
     */
    public Optional<Institution> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = key(name);
        Institution found = byKey.get(key);
        if (found == null) {
            Matcher m = SUFFIX.matcher(key);
            if (m.matches()) {
                found = byKey.get(m.group(1));
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Resolves the responsibility cells of one activity.
     *
     * @param responsibleText  the responsible (lead) cell as printed, may be null
     * @param supportingText  the supporting/contributing cell as printed, may be null
     * @return the responsibility with both cells kept and the names in document order, lead first, never null
     */
    public Responsibility resolve(String responsibleText, String supportingText) {
        List<Assignment> out = new ArrayList<>();
        if (responsibleText != null) {
            String folded = foldSameLength(responsibleText);
            int split = markerAt(folded);
            List<Assignment> main = list(responsibleText, 0, split < 0 ? responsibleText.length() : split,
                    Role.CO_RESPONSIBLE);
            for (int i = 0; i < main.size(); i++) {
                Assignment a = main.get(i);
                out.add(i == 0 ? new Assignment(a.institution(), a.name(), Role.LEAD) : a);
            }
            if (split >= 0) {
                Matcher m = MARKER.matcher(folded);
                m.find(split);
                out.addAll(list(responsibleText, m.end(), responsibleText.length(), Role.SUPPORTING));
            }
        }
        if (supportingText != null) {
            out.addAll(list(supportingText, 0, supportingText.length(), Role.SUPPORTING));
        }
        return new Responsibility(responsibleText, supportingText, out);
    }

    /** The first clause marker outside parentheses, or -1. */
    private static int markerAt(String folded) {
        Matcher m = MARKER.matcher(folded);
        while (m.find()) {
            if (depth(folded, m.start()) == 0 && (m.start() == 0 || !Character.isLetter(folded.charAt(m.start() - 1)))) {
                return m.start();
            }
        }
        return -1;
    }

    private static int depth(String s, int at) {
        int d = 0;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '(') {
                d++;
            } else if (c == ')' && d > 0) {
                d--;
            }
        }
        return d;
    }

    /** Resolves the list in text[from, to). */
    private List<Assignment> list(String text, int from, int to, Role role) {
        List<int[]> pieces = split(text, from, to, STRONG);
        List<Assignment> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int j = longestKnownRun(text, pieces, i);
            if (j >= i) {
                String name = clean(text.substring(pieces.get(i)[0], pieces.get(j)[1]));
                out.add(new Assignment(find(name).orElseThrow().id(), name, role));
                i = j + 1;
            } else {
                out.addAll(piece(text, pieces.get(i)[0], pieces.get(i)[1], role));
                i++;
            }
        }
        return out;
    }

    /** The last index j such that pieces i..j joined form a known name, longest first; i - 1 if none. */
    private int longestKnownRun(String text, List<int[]> pieces, int i) {
        for (int j = pieces.size() - 1; j >= i; j--) {
            if (find(clean(text.substring(pieces.get(i)[0], pieces.get(j)[1]))).isPresent()) {
                return j;
            }
        }
        return i - 1;
    }

    /** Resolves one piece that is not a known name as a whole. */
    private List<Assignment> piece(String text, int from, int to, Role role) {
        String raw = text.substring(from, to);
        String name = clean(raw);
        if (name.isEmpty()) {
            return List.of();
        }
        int lead = from + raw.indexOf(name.charAt(0));
        Matcher connector = LEADING.matcher(foldSameLength(text.substring(lead, to)));
        if (connector.find()) {
            return list(text, lead + connector.end(), to, role);
        }
        int open = raw.indexOf('(');
        int close = open < 0 ? -1 : matching(raw, open);
        if (open > 0 && close > open) {
            List<Assignment> out = new ArrayList<>(parenthesised(text, from, from + open, from + close, role,
                    clean(raw.substring(0, close + 1))));
            out.addAll(list(text, from + close + 1, to, role));
            return out;
        }
        Matcher dash = DASH.matcher(raw);
        if (dash.find()) {
            return unit(text, from, from + dash.start(), from + dash.end(), to, role, name);
        }
        List<int[]> parts = split(text, lead, to, WEAK);
        List<Assignment> out = new ArrayList<>();
        boolean anyKnown = false;
        int i = 0;
        while (i < parts.size()) {
            int j = longestKnownRun(text, parts, i);
            int end = Math.max(i, j);
            String part = clean(text.substring(parts.get(i)[0], parts.get(end)[1]));
            Optional<Institution> inst = find(part);
            List<String> words = inst.isPresent() ? null : knownWords(part);
            Matcher joined = LEADING.matcher(foldSameLength(part));
            if (inst.isEmpty() && j < i && joined.find()) {
                int start = text.indexOf(part, parts.get(i)[0]) + joined.end();
                List<Assignment> rest = list(text, start, parts.get(i)[1], role);
                anyKnown |= rest.stream().anyMatch(Assignment::isResolved);
                out.addAll(rest);
            } else if (words != null) {
                words.forEach(w -> out.add(new Assignment(find(w).orElseThrow().id(), w, role)));
                anyKnown = true;
            } else if (!part.isEmpty()) {
                anyKnown |= inst.isPresent();
                out.add(new Assignment(inst.map(Institution::id).orElse(null), part, role));
            }
            i = end + 1;
        }
        return anyKnown ? out : List.of(new Assignment(null, name, role));
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Splits a name written as known names separated by spaces only ("MB MSHMS PP", "Gjykata e Lartë ZKKA"),
     * taking the longest known run of words first; null unless it gives several names and covers every word.
     */
    private List<String> knownWords(String part) {
        String[] words = SPACES.split(part);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            int j = words.length;
            while (j > i && find(String.join(" ", List.of(words).subList(i, j))).isEmpty()) {
                j--;
            }
            if (j == i) {
                return null;
            }
            out.add(String.join(" ", List.of(words).subList(i, j)));
            i = j;
        }
        return out.size() < 2 ? null : out;
    }

    private List<Assignment> parenthesised(String text, int from, int open, int close, Role role, String whole) {
        String outerText = clean(text.substring(from, open));
        String innerText = clean(text.substring(open + 1, close));
        Optional<Institution> outer = find(outerText);
        Optional<Institution> inner = find(innerText);
        if (outer.isPresent() && inner.isPresent()) {
            if (inner.get().id().equals(outer.get().id())) {
                return List.of(new Assignment(outer.get().id(), whole, role));
            }
            if (outer.get().id().equals(inner.get().parent())) {
                return List.of(new Assignment(inner.get().id(), whole, role));
            }
        }
        List<Assignment> out = new ArrayList<>(list(text, from, open, role));
        out.addAll(list(text, open + 1, close, role));
        return out;
    }

    private List<Assignment> unit(String text, int from, int dashStart, int dashEnd, int to, Role role, String whole) {
        List<Assignment> left = new ArrayList<>(list(text, from, dashStart, role));
        String unitText = clean(text.substring(dashEnd, to));
        Optional<Institution> unit = find(unitText);
        Assignment parent = left.isEmpty() ? null : left.remove(left.size() - 1);
        String parentName = parent == null ? "" : parent.name();
        String name = clean(parentName + text.substring(dashStart, to));
        if (unit.isPresent()) {
            if (parent == null || parent.institution() == null || parent.institution().equals(unit.get().parent())) {
                left.add(new Assignment(unit.get().id(), parent == null ? whole : name, role));
            } else {
                left.add(parent);
                left.add(new Assignment(unit.get().id(), unitText, role));
            }
        } else {
            left.add(new Assignment(parent == null ? null : parent.institution(), parent == null ? whole : name, role));
        }
        return left;
    }

    /** Splits text[from, to) on a separator outside parentheses; returns the non-blank pieces' spans. */
    private static List<int[]> split(String text, int from, int to, Pattern separator) {
        String folded = foldSameLength(text);
        List<int[]> out = new ArrayList<>();
        Matcher m = separator.matcher(folded).region(from, to);
        int start = from;
        while (m.find()) {
            char mark = folded.charAt(m.start());
            boolean sentence = mark == '.' || mark == ':';
            if (sentence && (m.end() >= to || !Character.isUpperCase(text.charAt(m.end()))
                    || NOT_A_SENTENCE.matcher(folded.substring(start, m.start())).find())) {
                continue;
            }
            if (depth(folded.substring(from), m.start() - from) == 0) {
                add(out, text, start, m.start());
                start = m.end();
            }
        }
        add(out, text, start, to);
        return out;
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        if (!text.substring(start, end).isBlank()) {
            out.add(new int[] {start, end});
        }
    }

    /** Trims whitespace, a trailing full stop or colon, and collapses inner whitespace (line breaks included). */
    private static String clean(String s) {
        String t = SPACES.matcher(s).replaceAll(" ").strip();
        while (!t.isEmpty() && (t.endsWith(".") && !t.matches(".*\\.\\p{L}\\.$") || t.endsWith(":"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Folds for comparison: case, diacritics, dashes, whitespace, a trailing full stop. */
    static String key(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = COMBINING.matcher(t).replaceAll("").toLowerCase(Locale.ROOT).replace('–', '-').replace('—', '-');
        t = NOISE.matcher(SPACES.matcher(t).replaceAll(" ").strip()).replaceAll("").strip();
        while (t.endsWith(".") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Lower-cases and folds ë and ç, keeping every index (for finding separators and markers). */
    private static String foldSameLength(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            sb.append(c == 'ë' ? 'e' : c == 'ç' ? 'c' : c);
        }
        return sb.toString();
    }
}
