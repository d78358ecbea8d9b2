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
 * connections is seen. Only the thread being measured counts, so the application's scheduled
 * jobs do not blur a page's figure. A batch counts once (one round trip); commits and rollbacks
 * are counted apart.
 */
final class StatementCounter implements BeanPostProcessor {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong COMMITS = new AtomicLong();
    private static volatile @Nullable Thread watched;

    /** Starts counting on the calling thread from zero. */
    static void start() {
        STATEMENTS.set(0);
        COMMITS.set(0);
        watched = Thread.currentThread();
    }

    static void stop() {
        watched = null;
    }

    static long statements() {
        return STATEMENTS.get();
    }

    static long commits() {
        return COMMITS.get();
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
            }
            Object result = invoke(connection, method, args);
            if (result instanceof Statement statement && !(result instanceof Proxy)) {
                return statement(statement, method.getReturnType());
            }
            return result;
        });
    }

    private static Object statement(Statement statement, Class<?> type) {
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (counting() && method.getName().startsWith("execute")) {
                STATEMENTS.incrementAndGet();
            }
            return invoke(statement, method, args);
        });
    }

    private static boolean counting() {
        return watched == Thread.currentThread();
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
