package org.actionplan.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A text in one or more languages, keyed by ISO 639-1 language code ({@code sq}, {@code en}).
 * <p>
 * The first language given is the text's primary language: for the seed plans that is Albanian, the
 * language the document was written in. Texts are kept verbatim, typos included.
 * This class is immutable and thread-safe.
 *
 * @param values  the text per language, insertion-ordered, not empty
 */
public record LocalizedText(Map<String, String> values) {

    /**
     * Creates a text.
     *
     * @throws IllegalArgumentException if no language is given or a language code is blank
     */
    public LocalizedText {
        values = Checks.map(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
        for (String language : values.keySet()) {
            Checks.notBlank(language, "language");
        }
    }

    /**
     * Creates a text in one language.
     *
     * @param language  the language code, not null
     * @param text  the text, not null
     * @return the text, never null
     */
    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(Checks.notNull(language, "language"), Checks.notNull(text, "text")));
    }

    /**
     * Creates a text in Albanian and English.
     *
     * @param albanian  the Albanian text, not null
     * @param english  the English text, not null
     * @return the text, never null
     */
    public static LocalizedText sqEn(String albanian, String english) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("sq", Checks.notNull(albanian, "albanian"));
        map.put("en", Checks.notNull(english, "english"));
        return new LocalizedText(map);
    }

    /**
     * Returns a copy with the text in one more language, or replaced in an existing one.
     *
     * @param language  the language code, not null
     * @param text  the text, not null
     * @return the new text, never null
     */
    public LocalizedText with(String language, String text) {
        Map<String, String> map = new LinkedHashMap<>(values);
        map.put(Checks.notNull(language, "language"), Checks.notNull(text, "text"));
        return new LocalizedText(map);
    }

    /**
     * Returns the primary language: the first one given.
     *
     * @return the language code, never null
     */
    public String primaryLanguage() {
        return values.keySet().iterator().next();
    }

    /**
     * Returns the text in the primary language.
     *
     * @return the text, never null
     */
    public String primary() {
        return values.values().iterator().next();
    }

    /**
     * Returns the text in a language, if the text has it.
     *
     * @param language  the language code, not null
     * @return the text, empty if not given in that language
     */
    public Optional<String> in(String language) {
        return Optional.ofNullable(values.get(language));
    }

    /**
     * Returns the text in the first of the preferred languages that it has, else in its primary language.
     *
     * @param preferred  the languages in order of preference, not null
     * @return the text, never null
     */
    public String best(List<String> preferred) {
        for (String language : preferred) {
            String text = values.get(language);
            if (text != null) {
                return text;
            }
        }
        return primary();
    }

    /**
     * Returns the text in a language, falling back to the primary language.
     *
     * @param language  the preferred language code, not null
     * @return the text, never null
     */
    public String best(String language) {
        return best(List.of(language));
    }

    @Override
    public String toString() {
        return primary();
    }
}
