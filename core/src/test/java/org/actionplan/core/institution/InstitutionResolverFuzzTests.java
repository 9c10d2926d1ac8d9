package org.actionplan.core.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of responsibility resolution against the 2008 Albanian registry: it never throws and never
 * drops a name (every word of the cells that is not a separator ends up in an assignment's name).
 * An input is the responsible cell, optionally followed by a NUL character and the supporting cell.
 * Corpus: {@code src/test/resources/org/actionplan/core/institution/InstitutionResolverFuzzTestsInputs/<method>/};
 * fuzz with {@code JAZZER_FUZZ=1 -Dtest=InstitutionResolverFuzzTests}.
 */
class InstitutionResolverFuzzTests {

    private static final InstitutionResolver RESOLVER =
            InstitutionResolver.of(InstitutionResolverTests.registry("albania-2008-2010"));
    private static final Set<String> IDS = RESOLVER.institutions().stream().map(Institution::id)
            .collect(Collectors.toSet());
    /** The words that only separate names: the clause markers, the conjunctions and the connectors. */
    private static final Set<String> SEPARATORS = Set.of("dhe", "and", "ne", "bashkepunim", "me", "e", "mbeshtetjen",
            "mbeshtetje", "te", "koordinim", "in", "cooperation", "with", "the", "support", "of", "si", "edhe",
            "partneritet", "se", "bashku", "ndihmuar", "nga", "asistuar", "ndihmen", "mbeshtetur", "nepermjet",
            "kontributin", "kontribut", "perfshi", "perfshire", "vecanerisht", "sidomos", "including", "especially");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @FuzzTest(maxDuration = "120s")
    void resolveNeverThrowsAndNeverDropsAName(byte[] bytes) {
        String input = new String(bytes, StandardCharsets.UTF_8);
        int nul = input.indexOf('\0');
        String responsible = nul < 0 ? input : input.substring(0, nul);
        String supporting = nul < 0 ? null : input.substring(nul + 1);

        Responsibility r = RESOLVER.resolve(responsible, supporting);

        assertThat(r.responsibleText()).isEqualTo(responsible);
        assertThat(r.supportingText()).isEqualTo(supporting);
        assertThat(r.withRole(Role.LEAD)).hasSizeLessThanOrEqualTo(1);
        StringBuilder names = new StringBuilder();
        for (Assignment a : r.assignments()) {
            assertThat(a.institution() == null || IDS.contains(a.institution())).as("%s", a).isTrue();
            names.append(fold(a.name())).append('\n');
        }
        String all = names.toString();
        for (String cell : new String[] {responsible, supporting}) {
            if (cell == null) {
                continue;
            }
            Matcher m = WORD.matcher(fold(cell));
            while (m.find()) {
                String word = m.group();
                if (!SEPARATORS.contains(word)) {
                    assertThat(all).as("word '%s' of %s in %s", word, cell, r.assignments()).contains(word);
                }
            }
        }
    }

    /** Lower case with ë and ç folded, index for index (as the resolver finds separators). */
    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ë', 'e').replace('ç', 'c');
    }
}
