package org.forcestat.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap use over a run, for --verbose and the benchmark: the true peak (the heap in use just before
 * a collection, when it is fullest) and the most that was still live after one (what the run
 * really holds; it must not grow with the rows read). The sum of each pool's own peak, which the
 * JVM offers directly, overstates the peak: the pools peak at different times.
 */
final class HeapWatch {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final Set<String> heapPools;

    private HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    }

    /** Starts watching collections from now on. */
    static HeapWatch start() {
        HeapWatch w = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                        w.peak.accumulateAndGet(w.sum(info.getMemoryUsageBeforeGc()), Math::max);
                        w.live.accumulateAndGet(w.sum(info.getMemoryUsageAfterGc()), Math::max);
                    }
                }, null, null);
            }
        }
        return w;
    }

    private long sum(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        return used;
    }

    /** The most heap in use at once so far, in bytes (now included). */
    long peakBytes() {
        Runtime rt = Runtime.getRuntime();
        return Math.max(peak.get(), rt.totalMemory() - rt.freeMemory());
    }

    /** The most heap still in use after a collection, in bytes (0 when none ran). */
    long liveBytes() {
        return live.get();
    }
}
