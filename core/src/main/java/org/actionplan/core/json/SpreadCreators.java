package org.actionplan.core.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;

/**
 * Calls the constructors of records (and other creator-built types) through a method handle that takes the
 * argument array directly.
 * <p>
 * Jackson 3.2 calls a multi-argument creator with {@code MethodHandle.invokeWithArguments}, which on JDK 17
 * builds a new spreading adapter on every call: a quarter of the time of reading a plan. The handle made here
 * is built once per type. Everything else stays Jackson's: which creator is used, how its arguments are
 * gathered, and how an exception thrown by the constructor is reported (the same
 * {@code handleInstantiationProblem} path with the same wrapped exception), so errors are unchanged.
 */
final class SpreadCreators extends JacksonModule {

    @Override
    public String getModuleName() {
        return "actionplan-spread-creators";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addValueInstantiators(new ValueInstantiators.Base() {
            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
                    BeanDescription.Supplier beanDescRef, ValueInstantiator defaultInstantiator) {
                return spread(defaultInstantiator);
            }
        });
    }

    /** Replaces Jackson's own instantiator when it calls a constructor with several arguments; else returns it. */
    static ValueInstantiator spread(ValueInstantiator instantiator) {
        if (instantiator.getClass() != StdValueInstantiator.class || !instantiator.canCreateFromObjectWith()) {
            return instantiator;
        }
        StdValueInstantiator std = (StdValueInstantiator) instantiator;
        if (!(std.getWithArgsCreator() instanceof AnnotatedConstructor creator)) {
            return instantiator;
        }
        Constructor<?> constructor = creator.getAnnotated();
        MethodHandle handle;
        try {
            handle = MethodHandles.lookup().unreflectConstructor(constructor)
                    .asSpreader(Object[].class, constructor.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (IllegalAccessException | RuntimeException e) {
            return instantiator;
        }
        return new Spread(std, handle);
    }

    /** Jackson's instantiator with the argument-array creator call replaced. */
    static final class Spread extends StdValueInstantiator {

        private static final long serialVersionUID = 1L;

        private final transient MethodHandle handle;

        Spread(StdValueInstantiator source, MethodHandle handle) {
            super(source);
            this.handle = handle;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
            try {
                return (Object) handle.invokeExact(args);
            } catch (Exception e) {
                return ctxt.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(ctxt, e));
            } catch (Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
