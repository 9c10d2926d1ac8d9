package org.actionplan.core.json;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.time.Timeframe;

/**
 * Jackson mix-ins that give the model its JSON shape without annotating the domain types.
 */
final class Mixins {

    private Mixins() {
    }

    /** A localized text is written as a plain object of language to text. */
    abstract static class LocalizedTextMixin {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        LocalizedTextMixin(Map<String, String> values) {
        }

        @JsonValue
        abstract Map<String, String> values();

        @JsonIgnore
        abstract String primary();

        @JsonIgnore
        abstract String primaryLanguage();
    }

    /** Timeframes are tagged with a {@code type}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Timeframe.Dated.class, name = "dated"),
        @JsonSubTypes.Type(value = Timeframe.Ongoing.class, name = "ongoing"),
        @JsonSubTypes.Type(value = Timeframe.Recurring.class, name = "recurring"),
        @JsonSubTypes.Type(value = Timeframe.Unparsed.class, name = "unparsed")
    })
    interface TimeframeMixin {
    }

    /** Indicator values are tagged with a {@code type}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = IndicatorValue.NumberValue.class, name = "number"),
        @JsonSubTypes.Type(value = IndicatorValue.PercentValue.class, name = "percent"),
        @JsonSubTypes.Type(value = IndicatorValue.RatioValue.class, name = "ratio"),
        @JsonSubTypes.Type(value = IndicatorValue.FlagValue.class, name = "flag"),
        @JsonSubTypes.Type(value = IndicatorValue.TextValue.class, name = "text")
    })
    interface IndicatorValueMixin {
        @JsonIgnore
        Object numeric();
    }
}
