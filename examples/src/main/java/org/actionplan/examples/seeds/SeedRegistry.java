package org.actionplan.examples.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.actionplan.core.institution.Abbreviation;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.institution.InstitutionResolver;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;

/**
 * The institution registry and abbreviation list prepared for one seed plan, read from
 * {@code /seeds/institutions/<planId>.json}, with the resolver over it.
 */
final class SeedRegistry {

    /** The file's shape: the registry in file order and the document's abbreviation list, verbatim. */
    record File(List<Institution> institutions, List<Abbreviation> abbreviations) {
    }

    private final List<Institution> institutions;
    private final List<Abbreviation> abbreviations;
    private final InstitutionResolver resolver;

    private SeedRegistry(File file) {
        this.institutions = List.copyOf(file.institutions());
        this.abbreviations = file.abbreviations() == null ? List.of() : List.copyOf(file.abbreviations());
        this.resolver = InstitutionResolver.of(institutions);
    }

    List<Institution> institutions() {
        return institutions;
    }

    List<Abbreviation> abbreviations() {
        return abbreviations;
    }

    /**
     * Loads the registry bundled for a plan.
     *
     * @param planId  the plan id, not null
     * @return the registry, never null
     */
    static SeedRegistry load(String planId) {
        String resource = "/seeds/institutions/" + planId + ".json";
        try (InputStream in = SeedRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new SeedRegistry(PlanJson.read(in, File.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Resolves the two printed responsibility cells with core's {@link InstitutionResolver}: raw texts kept as
     * printed (a blank cell as null), names in order, lead first.
     *
     * @param responsible  the responsible cell as printed, may be empty
     * @param supporting  the supporting cell as printed, null if the document has no such column
     * @return the responsibility, never null
     */
    Responsibility responsibility(String responsible, String supporting) {
        return resolver().resolve(emptyToNull(responsible), emptyToNull(supporting));
    }

    InstitutionResolver resolver() {
        return resolver;
    }

    /** Splits a sources cell on commas and semicolons; each piece is kept verbatim. */
    static List<String> splitSources(String cell) {
        List<String> names = new ArrayList<>();
        for (String part : cell.split("[,;]")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }

    /**
     * Reads one printed funding source as an unquantified funding line. The kind: donors and international
     * organisations are FOREIGN; "Buxheti i Shtetit" and state institutions (their own budget) STATE_BUDGET; local
     * government LOCAL_BUDGET; NGOs, "Ekzistuese" (existing resources) and anything unknown OTHER.
     *
     * @param name  the source as printed, not null
     * @return the funding line, never null
     */
    FundingLine funding(String name) {
        String t = name.toLowerCase(Locale.ROOT);
        FundingSourceKind kind;
        String id = resolve(name);
        if (t.contains("donator") || t.contains("donatore")) {
            kind = FundingSourceKind.FOREIGN;
        } else if (t.contains("buxhet") && (t.contains("vendor") || t.contains("lokal"))) {
            kind = FundingSourceKind.LOCAL_BUDGET;
        } else if (t.contains("buxhet")) {
            kind = FundingSourceKind.STATE_BUDGET;
        } else if (t.startsWith("pushtet") || t.startsWith("bashki") || t.startsWith("komun")) {
            kind = FundingSourceKind.LOCAL_BUDGET;
        } else if (id != null) {
            kind = switch (byId().get(id).kind()) {
                case MUNICIPALITY -> FundingSourceKind.LOCAL_BUDGET;
                case INTERNATIONAL_ORGANISATION, DONOR -> FundingSourceKind.FOREIGN;
                case NGO, OTHER -> FundingSourceKind.OTHER;
                default -> FundingSourceKind.STATE_BUDGET;
            };
        } else {
            kind = FundingSourceKind.OTHER;
        }
        String donor = kind == FundingSourceKind.FOREIGN && id != null ? id : null;
        return new FundingLine(kind, null, null, null, donor, null, name);
    }

    String resolve(String name) {
        return resolver().find(name).map(Institution::id).orElse(null);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Returns the institutions by id, in registry order. */
    Map<String, Institution> byId() {
        Map<String, Institution> map = new LinkedHashMap<>();
        institutions.forEach(i -> map.put(i.id(), i));
        return map;
    }
}
