package org.actionplan.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An unmodifiable map of a few entries in insertion order, held in one array of keys and values.
 * <p>
 * {@link Checks#map(Map, String)} returns it for small maps (a localized text has one to three languages):
 * about 50 bytes instead of some 250 for an unmodifiable {@code LinkedHashMap}. Lookups scan the array,
 * which at this size is as fast as hashing. Equality, hash code and text are those of every {@link Map}.
 * Every mutator throws {@link UnsupportedOperationException}. Keys and values are never null.
 *
 * @param <K>  the key type
 * @param <V>  the value type
 */
final class SmallMap<K, V> extends AbstractMap<K, V> {

    /** The most entries a small map holds; larger maps stay hashed. */
    static final int MAX_SIZE = 8;

    /** Keys at even and values at odd indexes, in insertion order. */
    private final Object[] table;

    SmallMap(Object[] table) {
        this.table = table;
    }

    @Override
    public int size() {
        return table.length / 2;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) table[i + 1];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < table.length; i += 2) {
            if (table[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    // The views are made on each call, not cached in AbstractMap's fields: a cached view would stay in memory
    // with every map once anything (such as LocalizedText.primaryLanguage) had asked for it.

    @Override
    public Set<K> keySet() {
        return Collections.unmodifiableSet(new View<K>(0));
    }

    @Override
    public Collection<V> values() {
        return Collections.unmodifiableCollection(new View<V>(1));
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return Collections.unmodifiableSet(new View<Entry<K, V>>(-1));
    }

    /** The keys (offset 0), values (offset 1) or entries (offset -1), in order, as a read-only set. */
    private final class View<E> extends AbstractSet<E> {

        private final int offset;

        View(int offset) {
            this.offset = offset;
        }

        @Override
        public int size() {
            return table.length / 2;
        }

        @Override
        public boolean contains(Object o) {
            return offset == 0 ? containsKey(o) : super.contains(o);
        }

        @Override
        public Iterator<E> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < table.length;
                }

                @Override
                @SuppressWarnings("unchecked")
                public E next() {
                    if (next >= table.length) {
                        throw new NoSuchElementException();
                    }
                    Object element = offset < 0 ? new SimpleImmutableEntry<>(table[next], table[next + 1]) : table[next + offset];
                    next += 2;
                    return (E) element;
                }
            };
        }
    }

    // Every mutator refuses, as Collections.unmodifiableMap does, even where it would change nothing.

    @Override
    public V put(K key, V value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public V remove(Object key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    public V putIfAbsent(K key, V value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        throw new UnsupportedOperationException();
    }

    @Override
    public V replace(K key, V value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        throw new UnsupportedOperationException();
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw new UnsupportedOperationException();
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw new UnsupportedOperationException();
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        throw new UnsupportedOperationException();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        for (int i = 0; i < table.length; i += 2) {
            action.accept((K) table[i], (V) table[i + 1]);
        }
    }
}
