package org.actionplan.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

import org.actionplan.core.Activity;
import org.actionplan.core.BudgetProgram;
import org.actionplan.core.Code;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.indicator.Baseline;
import org.actionplan.core.indicator.Comparator;
import org.actionplan.core.indicator.Direction;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.IndicatorType;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.indicator.Target;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.institution.InstitutionKind;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;

/**
 * The generation engine shared by {@link PlanGenerator} and {@link Generators}: the registries a shape
 * implies (built without randomness, so every generator of one shape resolves against the same ones)
 * and the per-activity generators, which draw from one random source in a fixed order.
 * <p>
 * Hot paths avoid regular expressions, {@code String.format} and parsing: codes are built with
 * {@link Code#child(int)}, periods and texts come from tables made once per engine.
 */
final class Engine {

    static final FundingSourceKind[] SOURCE_ORDER = {FundingSourceKind.STATE_BUDGET_MTBP, FundingSourceKind.FOREIGN,
        FundingSourceKind.STATE_BUDGET_LATER, FundingSourceKind.STATE_BUDGET, FundingSourceKind.LOCAL_BUDGET,
        FundingSourceKind.OTHER};

    /** The texts of unquantified cost cells and the source kind each names. */
    static final String[] UNQUANTIFIED_TEXTS = {"kosto administrative", "e buxhetuar", "donatorë"};
    static final FundingSourceKind[] UNQUANTIFIED_SOURCES = {FundingSourceKind.ADMINISTRATIVE,
        FundingSourceKind.STATE_BUDGET, FundingSourceKind.FOREIGN};

    private static final String[][] INSTITUTIONS = {
        {"MB", "Ministria e Brendshme", "Ministry of Interior", "MINISTRY", ""},
        {"MD", "Ministria e Drejtësisë", "Ministry of Justice", "MINISTRY", ""},
        {"MSHMS", "Ministria e Shëndetësisë dhe Mbrojtjes Sociale", "Ministry of Health and Social Protection",
            "MINISTRY", ""},
        {"MASR", "Ministria e Arsimit dhe Sportit", "Ministry of Education and Sport", "MINISTRY", ""},
        {"MEPJ", "Ministria për Evropën dhe Punët e Jashtme", "Ministry for Europe and Foreign Affairs",
            "MINISTRY", ""},
        {"MFE", "Ministria e Financave dhe Ekonomisë", "Ministry of Finance and Economy", "MINISTRY", ""},
        {"PSH", "Policia e Shtetit", "State Police", "POLICE", "MB"},
        {"PP", "Prokuroria e Përgjithshme", "General Prosecution Office", "PROSECUTION", ""},
        {"KLGJ", "Këshilli i Lartë Gjyqësor", "High Judicial Council", "JUDICIARY", ""},
        {"SHM", "Shkolla e Magjistraturës", "School of Magistrates", "JUDICIARY", ""},
        {"ASHMDF", "Agjencia Shtetërore për të Drejtat dhe Mbrojtjen e Fëmijës",
            "State Agency for the Rights and Protection of the Child", "AGENCY", "MSHMS"},
        {"SHSSH", "Shërbimi Social Shtetëror", "State Social Service", "AGENCY", "MSHMS"},
        {"AKPA", "Agjencia Kombëtare e Punësimit dhe Aftësive", "National Agency for Employment and Skills",
            "AGENCY", ""},
        {"ZKKT", "Zyra e Koordinatorit Kombëtar kundër Trafikimit", "Office of the National Anti-Trafficking Coordinator",
            "COORDINATION_BODY", "MB"},
        {"KRRT", "Komiteti Rajonal kundër Trafikimit", "Regional Anti-Trafficking Committee", "COORDINATION_BODY", ""},
        {"BT", "Bashkia Tiranë", "Municipality of Tirana", "MUNICIPALITY", ""},
        {"IOM", "Organizata Ndërkombëtare për Migracionin", "International Organization for Migration",
            "INTERNATIONAL_ORGANISATION", ""},
        {"OSBE", "Organizata për Siguri dhe Bashkëpunim në Evropë", "Organization for Security and Co-operation in Europe",
            "INTERNATIONAL_ORGANISATION", ""},
        {"UNICEF", "Fondi i Kombeve të Bashkuara për Fëmijët", "United Nations Children's Fund",
            "INTERNATIONAL_ORGANISATION", ""},
        {"BE", "Bashkimi Evropian", "European Union", "DONOR", ""},
        {"DE", "Të Ndryshëm dhe të Barabartë", "Different and Equal", "NGO", ""},
        {"UT", "Universiteti i Tiranës", "University of Tirana", "EDUCATION", ""},
    };

    private static final String[][] ALIASES = {
        {"MSHMS", "Ministria e Shëndetësisë", "MShMS", "Ministria e Shendetesise dhe Mbrojtjes Sociale"},
        {"PSH", "Policia e Shtetit (DPSH)", "DPSH"},
        {"OSBE", "OSCE"},
    };

    private static final String[][] PROGRAMS = {
        {"10430", "Përkujdesi Social", "Social Care", "MSHMS"},
        {"03140", "Policia e Shtetit", "State Police", "PSH"},
        {"03320", "Shërbimi i Prokurorisë", "Prosecution Service", "PP"},
        {"09120", "Arsimi Bazë", "Basic Education", "MASR"},
        {"01110", "Planifikim, Menaxhim dhe Administrim", "Planning, Management and Administration", "MB"},
        {"10510", "Politikat e Punësimit", "Employment Policies", "AKPA"},
    };

    private static final String[][] ACTIONS = {
        {"Trajnim për", "Training for"},
        {"Fushatë ndërgjegjësimi për", "Awareness campaign for"},
        {"Hartimi i udhëzuesit për", "Drafting guidelines for"},
        {"Ngritja e kapaciteteve të", "Capacity building of"},
        {"Monitorimi i punës me", "Monitoring the work with"},
        {"Studim mbi nevojat e", "Study on the needs of"},
        {"Takime koordinuese me", "Coordination meetings with"},
        {"Mbështetje financiare për", "Financial support for"},
    };

    private static final String[][] TARGET_GROUPS = {
        {"punonjësit socialë", "social workers"},
        {"oficerët e policisë", "police officers"},
        {"prokurorët dhe gjyqtarët", "prosecutors and judges"},
        {"mësuesit", "teachers"},
        {"viktimat e trafikimit", "victims of trafficking"},
        {"fëmijët në situatë rruge", "children in street situations"},
        {"inspektorët e punës", "labour inspectors"},
        {"komunitetet rome dhe egjiptiane", "Roma and Egyptian communities"},
    };

    private static final String[][] PILLARS = {
        {"Parandalimi", "Prevention"},
        {"Mbrojtja dhe riintegrimi", "Protection and reintegration"},
        {"Ndjekja penale", "Prosecution"},
        {"Partneriteti dhe koordinimi", "Partnership and coordination"},
    };

    private static final String[][] INDICATORS = {
        {"Numri i personave të trajnuar", "Number of people trained", "NUMBER"},
        {"Numri i rasteve të identifikuara", "Number of cases identified", "NUMBER"},
        {"Përqindja e viktimave të referuara", "Share of victims referred", "PERCENTAGE"},
        {"Miratimi i dokumentit", "Document adopted", "MILESTONE"},
    };

    private static final String[] DONORS = {"BE", "USAID", "UNICEF", "IOM", "OSBE"};
    private static final String[] PROJECTS = {"IPA 2022", "Projekti kundër trafikimit", "EU4Justice", "Mbrojtja e fëmijëve"};
    private static final String[] UNPARSED = {"sipas nevojës", "vazhdimet e", "pas miratimit të ligjit"};
    private static final String[] HALF_WORDS = {"Gjysma e parë e ", "Gjysma e dytë e "};

    final RandomGenerator random;
    final PlanShape shape;
    final Currency currency;
    final int firstYear;
    final int years;
    final List<Institution> institutions;
    final List<BudgetProgram> programs;
    private final String[] programTexts;
    private final FundingSourceKind[] sources;
    private final LocalizedText[] titles;
    private final LocalizedText[] indicatorNames;
    private final IndicatorType[] indicatorTypes;
    private final CalendarPeriod[] yearPeriods;
    private final CalendarPeriod[][] quarters;
    private final CalendarPeriod[][] halves;
    private final String[] yearTexts;
    private final Integer[] yearKeys;
    private final CostEstimate[] unquantified;
    // immutable values shared between activities, so that large plans stay small and fast to build
    private final Assignment[] leads;
    private final Assignment[] supporters;
    private final Responsibility[] leadOnly;
    private final Timeframe[][] yearRanges;
    private final Timeframe[][] quarterFrames;
    private final Timeframe[][] halfFrames;
    private final Timeframe[] openEnded;
    private final Timeframe[] unparsed;
    private final Timeframe ongoing = new Timeframe.Ongoing("Në vazhdimësi");

    Engine(RandomGenerator random, PlanShape shape) {
        this.random = random;
        this.shape = shape;
        this.currency = shape.currencyUnit();
        this.firstYear = shape.firstYear();
        this.years = shape.lastYear() - shape.firstYear() + 1;
        this.institutions = institutions(shape.institutions());
        this.programs = programs(shape.budgetPrograms(), institutions);
        this.programTexts = new String[programs.size()];
        for (int i = 0; i < programTexts.length; i++) {
            programTexts[i] = programs.get(i).code() + " " + programs.get(i).name().primary();
        }
        this.sources = new FundingSourceKind[shape.fundingSources()];
        System.arraycopy(SOURCE_ORDER, 0, sources, 0, sources.length);
        this.titles = new LocalizedText[ACTIONS.length * TARGET_GROUPS.length];
        for (int a = 0; a < ACTIONS.length; a++) {
            for (int t = 0; t < TARGET_GROUPS.length; t++) {
                titles[a * TARGET_GROUPS.length + t] = LocalizedText.sqEn(ACTIONS[a][0] + " " + TARGET_GROUPS[t][0],
                        ACTIONS[a][1] + " " + TARGET_GROUPS[t][1]);
            }
        }
        this.indicatorNames = new LocalizedText[INDICATORS.length];
        this.indicatorTypes = new IndicatorType[INDICATORS.length];
        for (int i = 0; i < INDICATORS.length; i++) {
            indicatorNames[i] = LocalizedText.sqEn(INDICATORS[i][0], INDICATORS[i][1]);
            indicatorTypes[i] = IndicatorType.valueOf(INDICATORS[i][2]);
        }
        this.yearPeriods = new CalendarPeriod[years + 1];
        this.yearTexts = new String[years + 1];
        this.yearKeys = new Integer[years];
        this.quarters = new CalendarPeriod[years][4];
        this.halves = new CalendarPeriod[years][2];
        // index 0 is the year before the plan (baselines); index y - firstYear + 1 the plan's years
        for (int i = 0; i <= years; i++) {
            int year = firstYear - 1 + i;
            yearPeriods[i] = CalendarPeriod.year(year);
            yearTexts[i] = Integer.toString(year);
        }
        for (int i = 0; i < years; i++) {
            yearKeys[i] = firstYear + i;
            for (int q = 0; q < 4; q++) {
                quarters[i][q] = CalendarPeriod.quarter(firstYear + i, q + 1);
            }
            for (int h = 0; h < 2; h++) {
                halves[i][h] = CalendarPeriod.half(firstYear + i, h + 1);
            }
        }
        int n = institutions.size();
        this.leads = new Assignment[n];
        this.supporters = new Assignment[n];
        this.leadOnly = new Responsibility[n];
        for (int i = 0; i < n; i++) {
            Institution inst = institutions.get(i);
            String name = inst.acronyms().get(0);
            leads[i] = new Assignment(inst.id(), name, Role.LEAD);
            supporters[i] = new Assignment(inst.id(), name, Role.SUPPORTING);
            leadOnly[i] = new Responsibility(name, null, List.of(leads[i]));
        }
        this.yearRanges = new Timeframe[years][years];
        this.quarterFrames = new Timeframe[years][4];
        this.halfFrames = new Timeframe[years][2];
        this.openEnded = new Timeframe[years];
        for (int y = 0; y < years; y++) {
            for (int y2 = y; y2 < years; y2++) {
                String text = y == y2 ? yearTexts[y + 1] : yearTexts[y + 1] + " - " + yearTexts[y2 + 1];
                yearRanges[y][y2] = new Timeframe.Dated(text, yearPeriods[y + 1], yearPeriods[y2 + 1]);
            }
            for (int q = 0; q < 4; q++) {
                quarterFrames[y][q] = Timeframe.Dated.within("T" + (q + 1) + " " + yearTexts[y + 1], quarters[y][q]);
            }
            for (int h = 0; h < 2; h++) {
                halfFrames[y][h] = Timeframe.Dated.within(HALF_WORDS[h] + yearTexts[y + 1], halves[y][h]);
            }
            openEnded[y] = new Timeframe.Dated(yearTexts[y + 1] + " – në vazhdim", yearPeriods[y + 1], null);
        }
        this.unparsed = new Timeframe[UNPARSED.length];
        for (int i = 0; i < UNPARSED.length; i++) {
            unparsed[i] = new Timeframe.Unparsed(UNPARSED[i], "no rule matches the text");
        }
        this.unquantified = new CostEstimate[UNQUANTIFIED_TEXTS.length];
        for (int i = 0; i < unquantified.length; i++) {
            unquantified[i] = CostEstimate.unquantified(currency, UNQUANTIFIED_TEXTS[i],
                    List.of(FundingLine.unquantified(UNQUANTIFIED_SOURCES[i], UNQUANTIFIED_TEXTS[i])));
        }
    }

    //-----------------------------------------------------------------------
    static List<Institution> institutions(int count) {
        List<Institution> list = new ArrayList<>(count);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i < INSTITUTIONS.length) {
                String[] row = INSTITUTIONS[i];
                List<String> aliases = List.of();
                for (String[] alias : ALIASES) {
                    if (alias[0].equals(row[0])) {
                        aliases = List.of(alias).subList(1, alias.length);
                    }
                }
                // a parent is kept only if the registry holds it, so every reference resolves
                String parent = !row[4].isEmpty() && ids.contains(row[4]) ? row[4] : null;
                list.add(new Institution(row[0], LocalizedText.sqEn(row[1], row[2]), List.of(row[0]), aliases,
                        InstitutionKind.valueOf(row[3]), parent, null));
                ids.add(row[0]);
            } else {
                String id = "INST" + (i + 1);
                InstitutionKind kind = InstitutionKind.values()[i % InstitutionKind.values().length];
                list.add(new Institution(id, LocalizedText.sqEn("Institucioni " + (i + 1), "Institution " + (i + 1)),
                        List.of(id), List.of(), kind, null, null));
            }
        }
        return List.copyOf(list);
    }

    static List<BudgetProgram> programs(int count, List<Institution> institutions) {
        List<BudgetProgram> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i < PROGRAMS.length) {
                String[] row = PROGRAMS[i];
                String owner = institutions.stream().anyMatch(inst -> inst.id().equals(row[3])) ? row[3]
                        : institutions.get(i % institutions.size()).id();
                list.add(new BudgetProgram(row[0], LocalizedText.sqEn(row[1], row[2]), owner, row[0] + " " + row[1]));
            } else {
                String code = Integer.toString(20000 + i);
                list.add(new BudgetProgram(code, LocalizedText.sqEn("Programi " + code, "Programme " + code),
                        institutions.get(i % institutions.size()).id(), null));
            }
        }
        return List.copyOf(list);
    }

    static LocalizedText pillarTitle(int goalIndex) {
        String[] pillar = PILLARS[goalIndex % PILLARS.length];
        if (goalIndex < PILLARS.length) {
            return LocalizedText.sqEn(pillar[0], pillar[1]);
        }
        return LocalizedText.sqEn(pillar[0] + " " + (goalIndex + 1), pillar[1] + " " + (goalIndex + 1));
    }

    //-----------------------------------------------------------------------
    /**
     * Generates an activity with the given code; its id is the code's canonical text.
     *
     * @param code  the code
     * @param codeText  the code's canonical text
     * @param quantified  whether the cost has amounts
     * @param sums  accumulators for declared figures, may be null
     */
    Activity activity(Code code, String codeText, boolean quantified, Sums sums) {
        String rawCode = codeText;
        if (shape.oddities()) {
            int r = random.nextInt(100);
            if (r < 5) {
                rawCode = codeText + ".";
            } else if (r < 8) {
                rawCode = codeText + " ";
            }
        }
        Activity.Builder b = Activity.builder(codeText, titles[random.nextInt(titles.length)])
                .code(code, rawCode)
                .indicator(indicator(codeText + "-i1"))
                .responsibility(responsibility());
        Timeframe first = timeframe();
        Timeframe second = random.nextInt(100) < 30 ? datedTimeframe() : null;
        b.timeframe(first);
        boolean[] costYears = new boolean[years];
        boolean bounded = markYears(first, costYears);
        if (second != null) {
            b.timeframe(second);
            bounded &= markYears(second, costYears);
        }
        b.cost(quantified ? quantifiedCost(bounded ? costYears : null, sums) : unquantified[random.nextInt(unquantified.length)]);
        int p = random.nextInt(programs.size());
        b.budgetProgram(programs.get(p).code(), programTexts[p]);
        int t = random.nextInt(100);
        if (t < 20) {
            b.tag("children");
        } else if (t < 30) {
            b.tag("gender");
        }
        return b.build();
    }

    Responsibility responsibility() {
        int n = institutions.size();
        int lead = random.nextInt(n);
        int supporting = Math.min(random.nextInt(3), n - 1);
        if (supporting == 0) {
            return leadOnly[lead];
        }
        List<Assignment> list = new ArrayList<>(1 + supporting);
        list.add(leads[lead]);
        StringBuilder text = new StringBuilder();
        int previous = -1;
        for (int i = 0; i < supporting; i++) {
            int s = random.nextInt(n);
            while (s == lead || s == previous) {
                s = s + 1 == n ? 0 : s + 1;
            }
            previous = s;
            list.add(supporters[s]);
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(supporters[s].name());
        }
        return new Responsibility(leads[lead].name(), text.toString(), list);
    }

    Timeframe timeframe() {
        if (shape.oddities()) {
            int r = random.nextInt(100);
            if (r < 5) {
                return ongoing;
            }
            if (r < 8) {
                return openEnded[random.nextInt(years)];
            }
            if (r < 10) {
                return unparsed[random.nextInt(unparsed.length)];
            }
        }
        return datedTimeframe();
    }

    /** A dated timeframe with both ends within the period. */
    Timeframe datedTimeframe() {
        int r = random.nextInt(10);
        int y = random.nextInt(years);
        if (r < 6) {
            return yearRanges[y][y + random.nextInt(years - y)];
        }
        if (r < 8) {
            return quarterFrames[y][random.nextInt(4)];
        }
        return halfFrames[y][random.nextInt(2)];
    }

    Indicator indicator(String id) {
        int k = random.nextInt(indicatorNames.length);
        IndicatorType type = indicatorTypes[k];
        boolean withBaseline = !shape.oddities() || random.nextInt(100) >= 15;
        List<Target> targets = new ArrayList<>(years);
        Baseline baseline;
        switch (type) {
            case PERCENTAGE -> {
                int base = random.nextInt(10, 60);
                baseline = new Baseline(yearPeriods[0], new IndicatorValue.PercentValue(BigDecimal.valueOf(base)),
                        base + "%");
                int step = Math.max(1, (100 - base) / (years + 1));
                for (int i = 0; i < years; i++) {
                    targets.add(new Target(yearPeriods[i + 1], Comparator.AT_LEAST,
                            new IndicatorValue.PercentValue(BigDecimal.valueOf(Math.min(100, base + step * (i + 1)))), null));
                }
            }
            case MILESTONE -> {
                baseline = new Baseline(yearPeriods[0], new IndicatorValue.FlagValue(false), "Jo");
                targets.add(new Target(yearPeriods[years], Comparator.EXACTLY, new IndicatorValue.FlagValue(true), "Po"));
            }
            default -> {
                int base = random.nextInt(0, 500);
                baseline = new Baseline(yearPeriods[0], new IndicatorValue.NumberValue(BigDecimal.valueOf(base)),
                        Integer.toString(base));
                int step = random.nextInt(1, 50);
                for (int i = 0; i < years; i++) {
                    targets.add(new Target(yearPeriods[i + 1], Comparator.AT_LEAST,
                            new IndicatorValue.NumberValue(BigDecimal.valueOf(base + (long) step * (i + 1))), null));
                }
            }
        }
        return Indicator.of(id, indicatorNames[k], type, Direction.INCREASE, withBaseline ? baseline : null, targets);
    }

    CostEstimate unquantifiedCost() {
        return unquantified[random.nextInt(unquantified.length)];
    }

    /**
     * Marks the plan years a timeframe covers, as validation reads them: a missing start or end reaches the
     * plan's first or last year.
     *
     * @return false if the timeframe is not dated, so it does not bound the years
     */
    private boolean markYears(Timeframe timeframe, boolean[] marks) {
        if (!(timeframe instanceof Timeframe.Dated d)) {
            return false;
        }
        int from = d.start() == null ? 0 : d.start().year() - firstYear;
        int to = d.end() == null ? years - 1 : d.end().year() - firstYear;
        for (int i = from; i <= to; i++) {
            marks[i] = true;
        }
        return true;
    }

    /**
     * A cost with amounts in whole units, funded up to (never beyond) the cost of each year and category.
     *
     * @param allowed  the plan years (by index) that may have a cost, null for all
     * @param sums  accumulators, may be null
     */
    CostEstimate quantifiedCost(boolean[] allowed, Sums sums) {
        Map<Integer, YearCost> costs = new TreeMap<>();
        List<FundingLine> funding = new ArrayList<>();
        int forced = random.nextInt(years);
        if (allowed != null) {
            while (!allowed[forced]) {
                forced = forced + 1 == years ? 0 : forced + 1;
            }
        }
        for (int i = 0; i < years; i++) {
            if (i != forced && (allowed != null && !allowed[i] || random.nextInt(100) < 15)) {
                continue;
            }
            long current = random.nextInt(1, 5000) * 1000L;
            long capital = random.nextInt(100) < 25 ? random.nextInt(1, 20000) * 1000L : 0L;
            BigDecimal total = random.nextBoolean() ? BigDecimal.valueOf(current + capital) : null;
            costs.put(yearKeys[i], new YearCost(BigDecimal.valueOf(current), BigDecimal.valueOf(capital), total));
            long funded = fund(yearKeys[i], EconomicCategory.CURRENT, current, funding);
            if (capital > 0) {
                funded += fund(yearKeys[i], EconomicCategory.CAPITAL, capital, funding);
            }
            if (sums != null) {
                sums.add(i, current + capital, funded);
            }
        }
        return CostEstimate.of(currency, costs, funding);
    }

    private long fund(Integer year, EconomicCategory category, long cost, List<FundingLine> out) {
        int r = random.nextInt(10);
        long funded;
        if (r < 6) {
            funded = cost;
        } else if (r < 9 || !shape.oddities()) {
            // partly funded: at least 1000, never all of it (costs are whole thousands of at least 1000)
            funded = Math.max(1000, cost * random.nextInt(1, 10) / 10 / 1000 * 1000);
        } else {
            // an oddity: nothing identified for this year and category
            funded = 0;
        }
        if (funded == 0) {
            return 0;
        }
        FundingSourceKind first = sources[random.nextInt(sources.length)];
        if (sources.length > 1 && funded >= 2000 && random.nextInt(100) < 30) {
            long part = funded * random.nextInt(1, 10) / 10 / 1000 * 1000;
            if (part > 0) {
                FundingSourceKind second = sources[random.nextInt(sources.length)];
                if (second == first) {
                    second = sources[(indexOf(first) + 1) % sources.length];
                }
                out.add(line(first, year, category, part));
                out.add(line(second, year, category, funded - part));
                return funded;
            }
        }
        out.add(line(first, year, category, funded));
        return funded;
    }

    private int indexOf(FundingSourceKind kind) {
        for (int i = 0; i < sources.length; i++) {
            if (sources[i] == kind) {
                return i;
            }
        }
        return 0;
    }

    private FundingLine line(FundingSourceKind source, Integer year, EconomicCategory category, long amount) {
        if (source == FundingSourceKind.FOREIGN) {
            return new FundingLine(source, year, category, BigDecimal.valueOf(amount),
                    DONORS[random.nextInt(DONORS.length)], PROJECTS[random.nextInt(PROJECTS.length)], null);
        }
        return new FundingLine(source, year, category, BigDecimal.valueOf(amount), null, null, null);
    }

    //-----------------------------------------------------------------------
    /** Running totals for the declared figures, in whole currency units. */
    static final class Sums {
        final long[] costPerYear;
        long cost;
        long funding;

        Sums(int years) {
            this.costPerYear = new long[years];
        }

        void add(int yearIndex, long yearCost, long funded) {
            costPerYear[yearIndex] += yearCost;
            cost += yearCost;
            funding += funded;
        }
    }
}
