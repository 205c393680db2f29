package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.StorageContract;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The kit's fault injection into the JDBC adapter's writes: a data source whose statements fail, once armed, at the
 * n-th statement that writes (an insert, update or delete, alone or as a batch), as a database refuses one, with
 * the kit's {@link StorageContract.InjectedFault} as the cause. Reads, savepoints and commits are never failed.
 */
final class FaultyWrites implements StorageContract.WriteFaults {

    private static final Set<String> WRITES = Set.of("executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch", "execute");

    private final AtomicInteger failAt = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();

    @Override
    public void failWrite(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("writes are counted from 1, was " + n);
        }
        writes.set(0);
        failAt.set(n);
    }

    @Override
    public void disarm() {
        failAt.set(0);
    }

    /** {@code dataSource}, its connections' statements failing as armed. */
    DataSource over(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = call(target, method, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = call(target, method, args);
            return result instanceof Statement s && !(result instanceof java.sql.CallableStatement)
                    ? statement(s) : result;
        });
    }

    private Statement statement(Statement statement) {
        Class<?> type = statement instanceof java.sql.PreparedStatement
                ? java.sql.PreparedStatement.class : Statement.class;
        return (Statement) proxy(type, statement, (target, method, args) -> {
            if (WRITES.contains(method.getName()) && failAt.get() > 0 && writes.incrementAndGet() >= failAt.get()) {
                throw new SQLException("the kit failed write " + writes.get(), "58000",
                        new StorageContract.InjectedFault("write " + writes.get() + " of the save"));
            }
            return call(target, method, args);
        });
    }

    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, T target, Handler handler) {
        InvocationHandler invocation = (self, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(FaultyWrites.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
