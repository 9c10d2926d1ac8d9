package org.actionplan.core.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.json.PlanJson;

class InstitutionResolverTests {

    /** The shape of the registry fixtures in test resources (institutions/planId.json). */
    record Registry(List<Institution> institutions, List<Abbreviation> abbreviations) {
    }

    static List<Institution> registry(String planId) {
        try (InputStream in = InstitutionResolverTests.class.getResourceAsStream("/institutions/" + planId + ".json")) {
            assertThat(in).as(planId).isNotNull();
            return PlanJson.read(in, Registry.class).institutions();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final InstitutionResolver ALBANIA = InstitutionResolver.of(registry("albania-2008-2010"));
    private static final InstitutionResolver KOSOVO = InstitutionResolver.of(registry("kosovo-2015-2019"));

    private static Institution inst(String id, String name, String parent, String... aliases) {
        return new Institution(id, LocalizedText.of("sq", name), List.of(id), List.of(aliases),
                InstitutionKind.AGENCY, parent, null);
    }

    @Test
    void resolvesACommaListLeadFirst() {
        Responsibility r = KOSOVO.resolve("MPB, MASHT, MKRS", null);
        assertThat(r.assignments()).extracting(Assignment::institution, Assignment::name, Assignment::role)
                .containsExactly(tuple("MPB", "MPB", Role.LEAD), tuple("MASHT", "MASHT", Role.CO_RESPONSIBLE),
                        tuple("MKRS", "MKRS", Role.CO_RESPONSIBLE));
        assertThat(r.responsibleText()).isEqualTo("MPB, MASHT, MKRS");
        assertThat(r.lead()).map(Assignment::institution).contains("MPB");
    }

    @Test
    void keepsAnUnknownNameWithoutAnInstitution() {
        // "MB" is not in the Kosovo registry (the ministry there is MPB): reported, never dropped
        Responsibility r = KOSOVO.resolve("MB, MASHT, MKRS", null);
        assertThat(r.assignments()).extracting(Assignment::institution, Assignment::name)
                .containsExactly(tuple(null, "MB"), tuple("MASHT", "MASHT"), tuple("MKRS", "MKRS"));
        assertThat(r.assignments().get(0).isResolved()).isFalse();
        assertThat(r.assignments().get(0).role()).isEqualTo(Role.LEAD);
    }

    @Test
    void resolvesCooperationClausesAndParenthesisedMemberLists() {
        String text = "Autoriteti Përgjegjës dhe ZKKA-ja, në bashkëpunim me anëtarët e MKR-së "
                + "(MB/Policia e Shtetit, MPCSShB-ja, MPJ, PP, IOM, OJQ partnere)";
        Responsibility r = ALBANIA.resolve(text, "Policia e Shtetit, MPCSShB, MPJ, donatore");
        assertThat(r.assignments()).extracting(Assignment::institution, Assignment::name, Assignment::role)
                .containsExactly(
                        tuple("AP", "Autoriteti Përgjegjës", Role.LEAD),
                        tuple("ZKKA", "ZKKA-ja", Role.CO_RESPONSIBLE),
                        tuple("MKR-ANETARET", "anëtarët e MKR-së", Role.SUPPORTING),
                        tuple("MB", "MB", Role.SUPPORTING),
                        tuple("PSH", "Policia e Shtetit", Role.SUPPORTING),
                        tuple("MPCSSHB", "MPCSShB-ja", Role.SUPPORTING),
                        tuple("MPJ", "MPJ", Role.SUPPORTING),
                        tuple("PP", "PP", Role.SUPPORTING),
                        tuple("IOM", "IOM", Role.SUPPORTING),
                        tuple("OJF", "OJQ partnere", Role.SUPPORTING),
                        tuple("PSH", "Policia e Shtetit", Role.SUPPORTING),
                        tuple("MPCSSHB", "MPCSShB", Role.SUPPORTING),
                        tuple("MPJ", "MPJ", Role.SUPPORTING),
                        tuple("DONATORET", "donatore", Role.SUPPORTING));
        assertThat(r.responsibleText()).isEqualTo(text);
        assertThat(r.supportingText()).isEqualTo("Policia e Shtetit, MPCSShB, MPJ, donatore");
    }

    @Test
    void splitsOnDheAndMatchesSpellingsRegardlessOfCaseAndDiacritics() {
        Responsibility r = ALBANIA.resolve("MPÇSshB, Ministria e Arsimit dhe Ministria e Shëndetësisë", null);
        assertThat(r.assignments()).extracting(Assignment::institution, Assignment::role).containsExactly(
                tuple("MPCSSHB", Role.LEAD), tuple("MASH", Role.CO_RESPONSIBLE), tuple("MSH", Role.CO_RESPONSIBLE));
        assertThat(ALBANIA.find("mpcsshb")).map(Institution::id).contains("MPCSSHB");
        assertThat(ALBANIA.find("MINISTRIA E SHENDETESISE")).map(Institution::id).contains("MSH");
        assertThat(ALBANIA.find("Prokuroria e Përgjithshme.")).map(Institution::id).contains("PP");
    }

    @Test
    void stripsHyphenatedCaseEndingsWhenTheFormIsNotListed() {
        assertThat(ALBANIA.find("KSHLKT-së")).map(Institution::id).contains("KSHLKT");
        assertThat(ALBANIA.find("UNODC-ja")).map(Institution::id).contains("UNODC");
        assertThat(ALBANIA.find("SHISH-të")).map(Institution::id).contains("SHISH");
        assertThat(ALBANIA.find("XYZ-së")).isEmpty();
        assertThat(ALBANIA.find(null)).isEmpty();
    }

    @Test
    void keepsNamesThatContainCommasOrDheWhole() {
        Responsibility r = KOSOVO.resolve("Ministria e Arsimit, Shkencës dhe Teknologjisë, MPB", null);
        assertThat(r.assignments()).extracting(Assignment::institution, Assignment::name).containsExactly(
                tuple("MASHT", "Ministria e Arsimit, Shkencës dhe Teknologjisë"), tuple("MPB", "MPB"));
    }

    @Test
    void resolvesAUnitWithinItsParent() {
        Responsibility r = ALBANIA.resolve(
                "Policia e Shtetit – Drejtoria e Kufirit dhe Migracionit, Shërbimi Social Shtetëror", null);
        assertThat(r.assignments()).extracting(Assignment::institution, Assignment::name, Assignment::role)
                .containsExactly(
                        tuple("PKM", "Policia e Shtetit – Drejtoria e Kufirit dhe Migracionit", Role.LEAD),
                        tuple("SHSSH", "Shërbimi Social Shtetëror", Role.CO_RESPONSIBLE));
        Responsibility withMinistry = ALBANIA.resolve("MB/Policia e Shtetit – Drejtoria për Mbrojtjen e "
                + "Dëshmitarëve dhe Bashkëpunëtorëve të Drejtësisë, Prokuroria e Përgjithshme.", null);
        assertThat(withMinistry.assignments()).extracting(Assignment::institution)
                .containsExactly("MB", "DMDH", "PP");
    }

    @Test
    void keepsTheParentWithTheUnitTextWhenTheUnitIsUnknown() {
        Responsibility r = ALBANIA.resolve("Policia e Shtetit – Sektori i Panjohur", null);
        assertThat(r.assignments()).extracting(Assignment::institution, Assignment::name)
                .containsExactly(tuple("PSH", "Policia e Shtetit – Sektori i Panjohur"));
    }

    @Test
    void keepsBothSidesOfADashWhenTheyAreUnrelatedBodies() {
        Responsibility r = KOSOVO.resolve("MPMS", "MABL - Komunitat, OJQ-te, Donatorët, ZMNV-PSH");
        assertThat(r.assignments()).extracting(Assignment::institution, Assignment::name).containsExactly(
                tuple("MPMS", "MPMS"), tuple("MAPL", "MABL"), tuple("KOMUNAT", "Komunitat"),
                tuple("OJQ", "OJQ-te"), tuple("DONATORET", "Donatorët"), tuple("ZMNV", "ZMNV-PSH"));
    }

    @Test
    void readsParenthesesAsAcronymOrUnit() {
        List<Institution> registry = List.of(inst("MASH", "Ministria e Arsimit", null),
                inst("IK", "Instituti i Kurrikulave", "MASH"), inst("AP", "Autoriteti Përgjegjës", null));
        InstitutionResolver resolver = InstitutionResolver.of(registry);
        assertThat(resolver.resolve("Autoriteti Përgjegjës (AP)", null).assignments())
                .extracting(Assignment::institution, Assignment::name)
                .containsExactly(tuple("AP", "Autoriteti Përgjegjës (AP)"));
        assertThat(resolver.resolve("MASH (Instituti i Kurrikulave)", null).assignments())
                .extracting(Assignment::institution).containsExactly("IK");
        assertThat(resolver.resolve("MASH (AP)", null).assignments())
                .extracting(Assignment::institution).containsExactly("MASH", "AP");
    }

    @Test
    void resolvesCollectivePlaceholdersAndLineBreaks() {
        Responsibility r = KOSOVO.resolve("Sekretariati\nMPB", "Donatorët; OJQ-të");
        assertThat(r.assignments()).extracting(Assignment::institution, Assignment::role).containsExactly(
                tuple("SKT", Role.LEAD), tuple("MPB", Role.CO_RESPONSIBLE), tuple("DONATORET", Role.SUPPORTING),
                tuple("OJQ", Role.SUPPORTING));
    }

    @Test
    void keepsAnUnknownPhraseWholeRatherThanInFragments() {
        Responsibility r = KOSOVO.resolve("Grupi i panjohur dhe ekspertët e tij", null);
        assertThat(r.assignments()).extracting(Assignment::institution, Assignment::name)
                .containsExactly(tuple(null, "Grupi i panjohur dhe ekspertët e tij"));
    }

    @Test
    void splitsAcronymsSeparatedOnlyBySpacesWhenEveryOneIsKnown() {
        Responsibility r = KOSOVO.resolve("MPB", "MASHT MKRS PSH\nIOM OJQ-të");
        assertThat(r.assignments()).extracting(Assignment::institution, Assignment::name).containsExactly(
                tuple("MPB", "MPB"), tuple("MASHT", "MASHT"), tuple("MKRS", "MKRS"), tuple("PSH", "PSH"),
                tuple("IOM", "IOM"), tuple("OJQ", "OJQ-të"));
        InstitutionResolver nap = InstitutionResolver.of(registry("albania-nap-2024-2025"));
        assertThat(nap.resolve("MB", "MEPJ DPPSH DK&M ON").assignments()).extracting(Assignment::institution)
                .containsExactly("MB", "MEPJ", "DPPSH", "DKM", "ON");
        assertThat(KOSOVO.resolve("MASHT XYZ", null).assignments()).extracting(Assignment::institution,
                Assignment::name).containsExactly(tuple(null, "MASHT XYZ"));
    }

    @Test
    void readsTheConnectorsAndNoiseOfThe2008Plan() {
        assertThat(ALBANIA.resolve("MASH (Instituti i Kurrikulave) me partnerët (UNICEF, IOM, OJF-të, NPF)", null)
                .assignments()).extracting(Assignment::institution).containsExactly("INSTITUTI-KURRIKULAVE",
                "PARTNERET", "UNICEF", "IOM", "OJF", "NPF");
        assertThat(ALBANIA.resolve("MPÇSSHB (Drejtoria e Migracionit), MPJ, PSH (Drejtoria e Kufirit dhe "
                + "Migracionit) dhe partnerët (IOM etj)", null).assignments())
                .extracting(Assignment::institution, Assignment::name).containsExactly(
                        tuple("DREJTORIA-MIGRACIONIT", "MPÇSSHB (Drejtoria e Migracionit)"), tuple("MPJ", "MPJ"),
                        tuple("PKM", "PSH (Drejtoria e Kufirit dhe Migracionit)"), tuple("PARTNERET", "partnerët"),
                        tuple("IOM", "IOM etj"));
        assertThat(ALBANIA.resolve("ZKKA me Task Forcën Kombëtare dhe me Komitetin Shtetëror", null).assignments())
                .extracting(Assignment::institution).containsExactly("ZKKA", "TASK-FORCA-KOMBETARE", "KSHLKT");
        assertThat(ALBANIA.resolve("Gjykata e Lartë ZKKA", "Pushteti vendor ⁸; Policia e Shtetit. SECI")
                .assignments()).extracting(Assignment::institution)
                .containsExactly("GJL", "ZKKA", "PUSHTETI-VENDOR", "PSH", "SECI");
        assertThat(ALBANIA.resolve("Policia e Shtetit– Drejtoria për Mbrojtjen e Dëshmitarëve dhe Bashkëpunëtorëve "
                + "të Drejtësisë", "ZKKA-ja me ndihmën e partnerëve kombëtarë dhe ndërkombëtarë").assignments())
                .extracting(Assignment::institution).containsExactly("DMDH", "ZKKA", "PARTNERET");
        assertThat(ALBANIA.resolve("IOM, etj", null).assignments()).extracting(Assignment::institution,
                Assignment::name).containsExactly(tuple("IOM", "IOM"), tuple(null, "etj"));
    }

    @Test
    void readsAPieceThatStartsWithAConnectorWithoutIt() {
        assertThat(ALBANIA.resolve("MPJ, ZKKA, në partneritet me organizatat për të drejtat e emigrantëve", null)
                .assignments()).extracting(Assignment::institution, Assignment::name).containsExactly(
                        tuple("MPJ", "MPJ"), tuple("ZKKA", "ZKKA"),
                        tuple("ORG-EMIGRANTEVE", "organizatat për të drejtat e emigrantëve"));
        assertThat(ALBANIA.resolve("MASH, së bashku me OJF-të dhe partnerët", "grupi, si edhe OJF-të")
                .assignments()).extracting(Assignment::institution, Assignment::name).containsExactly(
                        tuple("MASH", "MASH"), tuple("OJF", "OJF-të"), tuple("PARTNERET", "partnerët"),
                        tuple(null, "grupi"), tuple("OJF", "OJF-të"));
        assertThat(ALBANIA.resolve("ZKKA, me mbështetjen e ekspertëve të jashtëm si dhe me partnerët kombëtarë dhe "
                + "ndërkombëtarë", null).assignments()).extracting(Assignment::institution).containsExactly(
                        "ZKKA", "EKSPERTET-E-JASHTEM", "PARTNERET");
    }

    @Test
    void readsAColonOrFullStopBeforeACapitalAsASeparatorExceptAfterPerfshi() {
        assertThat(ALBANIA.resolve("Bashkia/komuna: Pika e Kontaktit e Njësisë së Ndhmës e Mbrojtjes Sociale", null)
                .assignments()).extracting(Assignment::institution, Assignment::name).containsExactly(
                        tuple("BASHKITE-KOMUNAT", "Bashkia/komuna"),
                        tuple("NJAMS", "Pika e Kontaktit e Njësisë së Ndhmës e Mbrojtjes Sociale"));
        assertThat(ALBANIA.resolve("MASH (përfshi. BKTF-në, UNICEF-in)", null).assignments())
                .extracting(Assignment::institution).containsExactly("MASH", "BKTF", "UNICEF");
        assertThat(ALBANIA.resolve("ZKKA: grupi i panjohur", null).assignments()).extracting(Assignment::name)
                .containsExactly("ZKKA: grupi i panjohur");
    }

    @Test
    void returnsNoAssignmentsForEmptyCells() {
        Responsibility r = KOSOVO.resolve(null, " ");
        assertThat(r.assignments()).isEmpty();
        assertThat(r.lead()).isEmpty();
        assertThat(r.supportingText()).isEqualTo(" ");
    }

    @Test
    void prefersAnIdOrAcronymOverAnotherBodysAliasForTheSameKey() {
        InstitutionResolver resolver = InstitutionResolver.of(List.of(inst("A", "Alpha", null, "B"),
                inst("B", "Beta", null), inst("C", "Gamma", null, "Delta"), inst("D", "Delta 2", null, "Delta")));
        assertThat(resolver.find("b")).map(Institution::id).contains("B");
        assertThat(resolver.find("delta")).map(Institution::id).contains("C");
        assertThat(resolver.institutions()).hasSize(4);
    }
}
