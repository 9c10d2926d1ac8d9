package org.actionplan.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import org.actionplan.core.Activity;
import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.institution.Institution;

/**
 * Bean Validation constraints on the model, declared programmatically (the model classes carry no annotations),
 * bootstrapped once with Hibernate Validator and the {@link ParameterMessageInterpolator} (no expression language).
 * <p>
 * Each constraint's message template is the id of its {@link Rule}; the messages themselves come from the rule.
 */
final class ModelConstraints {

    private static final String ID = "\\S+";

    private ModelConstraints() {
    }

    /** The validator, built on first use. */
    private static final class Holder {
        static final Validator VALIDATOR = build();

        private static Validator build() {
            HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure()
                    .messageInterpolator(new ParameterMessageInterpolator());
            ConstraintMapping m = config.createConstraintMapping();
            m.type(Plan.class)
                    .field("id").constraint(id())
                    .field("jurisdiction").constraint(new PatternDef().regexp("[A-Z]{2}")
                            .message(Rule.MODEL_JURISDICTION.id()))
                    .field("languages").containerElementType().constraint(new PatternDef().regexp("[a-z]{2,3}")
                            .message(Rule.MODEL_LANGUAGE.id()))
                    .field("goals").containerElementType().valid()
                    .field("institutions").containerElementType().valid()
                    .field("declaredFigures").containerElementType().valid();
            m.type(Section.class).field("id").constraint(id())
                    .field("children").containerElementType().valid()
                    .field("activities").containerElementType().valid()
                    .field("indicators").containerElementType().valid();
            m.type(Activity.class).field("id").constraint(id())
                    .field("subActivities").containerElementType().valid()
                    .field("indicators").containerElementType().valid();
            m.type(Institution.class).field("id").constraint(id());
            m.type(Indicator.class).field("id").constraint(id());
            m.type(DeclaredFigure.class).field("id").constraint(id());
            return config.addMapping(m).buildValidatorFactory().getValidator();
        }

        private static PatternDef id() {
            return new PatternDef().regexp(ID).message(Rule.MODEL_ID_FORMAT.id());
        }
    }

    /** Checks the plan's model constraints; findings sorted by path, then rule, then value. */
    static List<Finding> check(Plan plan) {
        Set<ConstraintViolation<Plan>> violations = Holder.VALIDATOR.validate(plan);
        List<Finding> out = new ArrayList<>();
        for (ConstraintViolation<Plan> v : violations) {
            Rule rule = Rule.byId(v.getMessage());
            String path = path(v.getPropertyPath());
            out.add(rule.finding(path, path, path, v.getInvalidValue()));
        }
        out.sort(Comparator.comparing(Finding::path).thenComparing(Finding::rule)
                .thenComparing(f -> String.valueOf(f.value())));
        return out;
    }

    private static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                sb.append(sb.length() == 0 ? "" : ".").append(name);
            }
        }
        return sb.toString();
    }
}
