package org.actionplan.core.institution;

import java.util.List;

import org.actionplan.core.Checks;
import org.actionplan.core.LocalizedText;

/**
 * A body that a plan makes responsible for, or involves in, its activities.
 * <p>
 * Real plans spell the same body many ways (the Albanian labour ministry has about ten spellings in
 * the 2008 plans): {@code acronyms} are the official abbreviations, {@code aliases} every other spelling
 * met in the documents, so that resolution can match them. This class is immutable and thread-safe.
 *
 * @param id  a stable identifier, unique in the plan, not blank
 * @param names  the full names per language, not null
 * @param acronyms  the official acronyms, may be empty
 * @param aliases  other spellings met in the documents, may be empty
 * @param kind  the kind of body, not null
 * @param parent  the id of the body this one is part of, may be null
 * @param note  a remark (e.g. "(inferred)" for an expansion not stated in the source), may be null
 */
public record Institution(String id, LocalizedText names, List<String> acronyms, List<String> aliases,
        InstitutionKind kind, String parent, String note) {

    /**
     * Creates an institution.
     *
     * @throws IllegalArgumentException if the id is blank
     */
    public Institution {
        Checks.notBlank(id, "id");
        Checks.notNull(names, "names");
        acronyms = Checks.list(acronyms, "acronyms");
        aliases = Checks.list(aliases, "aliases");
        Checks.notNull(kind, "kind");
    }

    /**
     * Creates an institution with an acronym and names.
     *
     * @param id  the id, also used as acronym, not blank
     * @param names  the names, not null
     * @param kind  the kind, not null
     * @return the institution, never null
     */
    public static Institution of(String id, LocalizedText names, InstitutionKind kind) {
        return new Institution(id, names, List.of(id), List.of(), kind, null, null);
    }
}
