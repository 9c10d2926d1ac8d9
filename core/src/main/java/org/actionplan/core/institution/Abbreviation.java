package org.actionplan.core.institution;

import org.actionplan.core.Checks;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.SourceRef;

/**
 * One entry of a document's list of abbreviations ("Shkurtimet", "Lista e shkurtesave"), kept verbatim.
 * <p>
 * The lists mix bodies with concepts (VT = victims of trafficking); an entry that names a body links
 * to its {@link Institution}. This class is immutable and thread-safe.
 *
 * @param abbreviation  the abbreviation as printed, not blank
 * @param expansion  the expansion as printed, with translations, not null
 * @param institution  the id of the institution it names, may be null
 * @param source  where the entry is printed, may be null
 */
public record Abbreviation(String abbreviation, LocalizedText expansion, String institution, SourceRef source) {

    /**
     * Creates an entry.
     *
     * @throws IllegalArgumentException if the abbreviation is blank
     */
    public Abbreviation {
        Checks.notBlank(abbreviation, "abbreviation");
        Checks.notNull(expansion, "expansion");
    }
}
