package org.actionplan.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.actionplan.core.Plan;
import org.actionplan.costing.Dimension;
import org.actionplan.costing.PlanCosts;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the memory of a loaded plan and the peak heap of a roll-up.
 * <p>
 * For each size it prints: the retained size of the plan graph by JOL ({@code GraphLayout}), split into
 * text (the {@code String} objects and their {@code byte[]} arrays) and everything else, per activity;
 * the growth of the used heap after a full GC when the plan is loaded, per activity; and the time the first
 * (cold) generation of the plan took. For the roll-up
 * it prints the bytes the roll-up allocates (exact, from the thread allocation counter), the highest used
 * heap seen by a 1 ms sampler while it runs (a lower bound of the true peak) and the sum of the heap
 * pools' peaks (an upper bound), each minus the used heap before it starts.
 * <p>
 * Usage: {@code java -Xmx8g -cp benchmarks.jar org.actionplan.benchmarks.MemoryRunner [sizes...]}; the default
 * sizes are 1000 10000 100000 1000000. JOL walks the whole graph and needs much heap: it is skipped above
 * {@value #JOL_LIMIT} activities.
 */
public final class MemoryRunner {

    /** The largest plan JOL walks. */
    static final int JOL_LIMIT = 100_000;

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private MemoryRunner() {
    }

    /**
     * Runs the measurements.
     *
     * @param args  the sizes, optional
     * @throws InterruptedException if interrupted while sampling
     */
    public static void main(String[] args) throws InterruptedException {
        // JOL cannot read field offsets of records through Unsafe; this makes it find them another way
        System.setProperty("jol.magicFieldOffset", "true");
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000, 1_000_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.println("| Activities | JOL total B/activity | JOL text B/activity | JOL non-text B/activity "
                + "| Heap delta B/activity | Generation, first run (s) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        Plan last = null;
        for (int n : sizes) {
            last = null;
            long before = usedAfterGc();
            long started = System.nanoTime();
            Plan plan = Plans.generate(n);
            double seconds = (System.nanoTime() - started) / 1e9;
            long after = usedAfterGc();
            String jol = "| | |";
            if (n <= JOL_LIMIT) {
                GraphLayout layout = GraphLayout.parseInstance(plan);
                long total = layout.totalSize();
                long text = layout.getClassSizes().count(String.class) + layout.getClassSizes().count(byte[].class);
                jol = perActivity(total, n) + " | " + perActivity(text, n) + " | " + perActivity(total - text, n) + " |";
            }
            System.out.println("| " + n + " | " + jol + " " + perActivity(after - before, n) + " | "
                    + String.format(Locale.ROOT, "%.2f", seconds) + " |");
            last = plan;
        }
        if (last != null && sizes[sizes.length - 1] <= JOL_LIMIT) {
            printClasses(GraphLayout.parseInstance(last), sizes[sizes.length - 1]);
        }
        if (last == null) {
            return;
        }
        int n = last.allActivities().size();
        System.out.println();
        System.out.println("| Operation at " + n + " activities | Allocated MB | Peak heap above start, sampled MB "
                + "| Sum of pool peaks above start MB |");
        System.out.println("|---|---:|---:|---:|");
        for (Operation op : operations()) {
            System.out.println(measure(op, last));
        }
    }

    private static void printClasses(GraphLayout layout, int n) {
        System.out.println();
        System.out.println("| Class (largest first, plan of " + n + " activities) | Instances per activity | B/activity |");
        System.out.println("|---|---:|---:|");
        List<Class<?>> classes = new ArrayList<>(layout.getClasses());
        classes.sort(java.util.Comparator.comparingLong((Class<?> c) -> layout.getClassSizes().count(c)).reversed());
        for (Class<?> c : classes.subList(0, Math.min(15, classes.size()))) {
            System.out.println("| " + c.getName() + " | "
                    + String.format(Locale.ROOT, "%.2f", (double) layout.getClassCounts().count(c) / n) + " | "
                    + perActivity(layout.getClassSizes().count(c), n) + " |");
        }
    }

    /**
     * A named operation on a loaded plan whose memory is measured.
     *
     * @param name  the name
     * @param run  the operation; its result is kept until the measurement ends
     */
    record Operation(String name, Function<Plan, Object> run) {
    }

    static List<Operation> operations() {
        List<Operation> list = new ArrayList<>();
        list.add(new Operation("primitive baseline (copy + roll-up)", p -> PrimitivePlan.of(p).rollUp()));
        list.add(new Operation("costing: PlanCosts.of(plan).tree() (hierarchy roll-up)", p -> PlanCosts.of(p).tree()));
        list.add(new Operation("costing: PlanCosts.of(plan).pivot(GOAL, YEAR, CATEGORY)",
            p -> PlanCosts.of(p).pivot(Dimension.GOAL, Dimension.YEAR, Dimension.CATEGORY)));
        return list;
    }

    private static String measure(Operation op, Plan plan) throws InterruptedException {
        op.run().apply(plan); // warm up once
        long start = usedAfterGc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        AtomicLong sampled = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampled.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long allocatedBefore = allocated();
        Object result = op.run().apply(plan);
        long allocated = allocated() - allocatedBefore;
        sampler.interrupt();
        sampler.join();
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }
        String line = "| " + op.name() + " | " + mb(allocated) + " | " + mb(Math.max(0, sampled.get() - start)) + " | "
                + mb(Math.max(0, poolPeaks - start)) + " |";
        Reference.reachabilityFence(result);
        return line;
    }

    private static long allocated() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean) {
            return ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static String perActivity(long bytes, int n) {
        return n == 0 ? "" : String.format(Locale.ROOT, "%.0f", (double) bytes / n);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }
}
