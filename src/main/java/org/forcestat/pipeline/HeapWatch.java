package org.forcestat.pipeline;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
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
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (n, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
            peak.accumulateAndGet(sum(info.getMemoryUsageBeforeGc()), Math::max);
            live.accumulateAndGet(sum(info.getMemoryUsageAfterGc()), Math::max);
        }
    };

    private HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    }

    /** Starts watching collections from now on, until {@link #stop()}. */
    static HeapWatch start() {
        HeapWatch w = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(w.listener, null, null);
                w.emitters.add(emitter);
            }
        }
        return w;
    }

    /** Stops watching (watch mode starts a watch per rebuild; none may outlive its run). */
    void stop() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
        emitters.clear();
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
