package org.actionplan.testkit;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Adapts the framework-neutral testkit generators to QuickTheories: each value is drawn by seeding a
 * {@link SplittableRandom} from a long that QuickTheories supplies. QuickTheories can then repeat a
 * failing example from its seed; it cannot shrink inside the generator (the seed is the only input).
 */
final class QuickTheoriesGens {

    private QuickTheoriesGens() {
    }

    /**
     * Wraps a testkit factory.
     *
     * @param <T>  the value type
     * @param factory  a factory taking a random source
     * @return the QuickTheories generator
     */
    static <T> Gen<T> from(Function<RandomGenerator, T> factory) {
        return in -> factory.apply(new SplittableRandom(in.next(Constraint.none())));
    }
}
