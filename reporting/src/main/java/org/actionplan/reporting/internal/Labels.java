package org.actionplan.reporting.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The labels of one report language, from the resource bundle {@code org.actionplan.reporting.messages}.
 * <p>
 * The bundle is looked up without falling back to the JVM's default locale: a language without its own bundle
 * gets the English base bundle, whatever the machine's settings. Placeholders are {@code {0}}, {@code {1}}, ...
 * replaced literally (no {@link java.text.MessageFormat} quoting rules).
 */
public final class Labels {

    private static final String BUNDLE = "org.actionplan.reporting.messages";
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(), CONTROL);
    }

    /**
     * Returns the labels for a locale.
     *
     * @param locale  the locale, not null
     * @return the labels, never null
     */
    public static Labels of(Locale locale) {
        return new Labels(locale);
    }

    /**
     * Returns the locale asked for.
     *
     * @return the locale, never null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the language of the bundle found: {@code sq} or {@code en}.
     *
     * @return the language tag, never null
     */
    public String language() {
        String language = bundle.getLocale().getLanguage();
        return language.isEmpty() ? "en" : language;
    }

    /**
     * Returns a label, with placeholders replaced.
     *
     * @param key  the key, not null
     * @param args  the values of {@code {0}}, {@code {1}}, ...
     * @return the label, never null
     * @throws MissingResourceException if the key is missing (a bug: tests check both bundles have every key)
     */
    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /**
     * Returns a label for an enum constant: the key is the enum's simple name, a dot, and the constant's name.
     *
     * @param constant  the constant, not null
     * @return the label, never null
     */
    public String of(Enum<?> constant) {
        return get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }
}
