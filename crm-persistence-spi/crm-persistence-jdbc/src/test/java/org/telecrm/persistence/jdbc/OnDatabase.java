package org.telecrm.persistence.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * Marks a test class that runs on a database server: when the server cannot be reached and the build does not
 * require it, the class's tests (JUnit and jqwik alike) are reported skipped with the reason; when the build requires
 * it, they run and fail, saying why ({@link TestDatabase}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(OnDatabase.Reachable.class)
@AddLifecycleHook(OnDatabase.Reachable.class)
@interface OnDatabase {

    TestDatabase value();

    /** The check, for both test engines. */
    final class Reachable implements ExecutionCondition, SkipExecutionHook {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            // a @Nested class declared in an abstract base is run for the annotated subclass: look up the contexts
            for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
                Optional<String> skipped = c.get().getTestClass().flatMap(Reachable::decide);
                if (skipped.isPresent()) {
                    return ConditionEvaluationResult.disabled(skipped.get());
                }
            }
            return ConditionEvaluationResult.enabled("reachable, or required");
        }

        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return context.optionalContainerClass().flatMap(Reachable::decide)
                    .map(SkipResult::skip)
                    .orElse(SkipResult.doNotSkip());
        }

        /** Why the class's tests are skipped; empty when they run. */
        private static Optional<String> decide(Class<?> testClass) {
            Optional<TestDatabase> database = annotation(testClass);
            if (database.isEmpty() || database.get().required()) {
                return Optional.empty();
            }
            return database.get().unavailable().map(reason -> database.get().title() + " tests did not run: "
                    + reason + " (-D" + TestDatabase.REQUIRED + "=required makes this a failure)").toJavaOptional();
        }

        private static Optional<TestDatabase> annotation(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
                OnDatabase on = c.getAnnotation(OnDatabase.class);
                if (on != null) {
                    return Optional.of(on.value());
                }
            }
            return Optional.empty();
        }
    }
}
