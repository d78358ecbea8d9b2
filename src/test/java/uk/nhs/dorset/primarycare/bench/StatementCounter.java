package uk.nhs.dorset.primarycare.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the JDBC statements the application sends, whoever sends them (Hibernate, Spring Data,
 * JdbcClient, Envers): the data source is wrapped, so every statement executed on one of its
 * connections is seen. Only the thread being measured (and threads it starts meanwhile) counts,
 * so the application's scheduled jobs do not blur a page's figure. A batch counts once (one round
 * trip); commits and rollbacks are counted apart.
 */
final class StatementCounter implements BeanPostProcessor {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong COMMITS = new AtomicLong();
    /** Time in the driver: statements, and the connection's own calls (transaction begin, read-only, commit). */
    private static final AtomicLong JDBC_NANOS = new AtomicLong();
    private static volatile @Nullable Thread watched;
    /** Threads the watched one starts while it is watched (an import's writing thread) inherit its mark and count too. */
    private static final InheritableThreadLocal<@Nullable Object> MARK = new InheritableThreadLocal<>();
    private static volatile @Nullable Object mark;
    private static volatile long slowestNanos;
    private static volatile String slowest = "";
    /** Every statement since {@link #start()} with its time, when {@code bench.trace} is set (to see what a page spends). */
    private static final java.util.List<String> TRACE = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private static final boolean TRACING = Boolean.getBoolean("bench.trace");

    /** Starts counting on the calling thread from zero. */
    static void start() {
        STATEMENTS.set(0);
        COMMITS.set(0);
        JDBC_NANOS.set(0);
        slowestNanos = 0;
        slowest = "";
        TRACE.clear();
        watched = Thread.currentThread();
        mark = new Object();
        MARK.set(mark);
    }

    static void stop() {
        watched = null;
        mark = null;
        MARK.remove();
    }

    static long statements() {
        return STATEMENTS.get();
    }

    static long commits() {
        return COMMITS.get();
    }

    /** Nanoseconds spent in the driver since {@link #start()}. */
    static long jdbcNanos() {
        return JDBC_NANOS.get();
    }

    /** The slowest statement since {@link #start()}: its time in ms and its SQL. */
    static String slowest() {
        return String.format(java.util.Locale.UK, "%.1f ms: %s", slowestNanos / 1e6, slowest);
    }

    /** The statements of the last count, each with its time, in order (empty unless {@code bench.trace} is set). */
    static java.util.List<String> trace() {
        return java.util.List.copyOf(TRACE);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return wrap(dataSource, DataSource.class, (proxy, method, args) -> {
                Object result = invoke(dataSource, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection) {
        return wrap(connection, Connection.class, (proxy, method, args) -> {
            if (counting() && (method.getName().equals("commit") || method.getName().equals("rollback"))) {
                COMMITS.incrementAndGet();
                if (TRACING) {
                    TRACE.add("  " + method.getName());
                }
            }
            long t = System.nanoTime();
            Object result = invoke(connection, method, args);
            if (counting()) {
                JDBC_NANOS.addAndGet(System.nanoTime() - t);
            }
            if (result instanceof Statement statement && !(result instanceof Proxy)) {
                return statement(statement, method.getReturnType(), args != null && args.length > 0 && args[0] instanceof String sql ? sql : null);
            }
            return result;
        });
    }

    private static Object statement(Statement statement, Class<?> type, @Nullable String prepared) {
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (!counting() || !method.getName().startsWith("execute")) {
                return invoke(statement, method, args);
            }
            STATEMENTS.incrementAndGet();
            long t = System.nanoTime();
            Object result = invoke(statement, method, args);
            long elapsed = System.nanoTime() - t;
            JDBC_NANOS.addAndGet(elapsed);
            String sql = prepared != null ? prepared : args != null && args.length > 0 ? String.valueOf(args[0]) : method.getName();
            if (elapsed > slowestNanos) {
                slowestNanos = elapsed;
                slowest = sql;
            }
            if (TRACING) {
                TRACE.add(String.format(java.util.Locale.UK, "  %.2f ms: %s", elapsed / 1e6, sql.length() > 300 ? sql.substring(0, 300) + " ..." : sql));
            }
            return result;
        });
    }

    private static boolean counting() {
        Object current = mark;
        return watched == Thread.currentThread() || current != null && MARK.get() == current;
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(T target, Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static @Nullable Object invoke(Object target, Method method, Object @Nullable [] args) throws Throwable {
        if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type && type.isInstance(target)) {
            return target;
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
