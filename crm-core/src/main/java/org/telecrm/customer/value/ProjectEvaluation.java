package org.telecrm.customer.value;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.Service;

import java.util.Objects;

/**
 * The project-assessment model (大客户项目评估模型, rules.md section 2) for a new customer or a new project of a
 * key account: ROI and IRR from the cash flows, and whether to pursue it or abandon it against the hurdles.
 *
 * <p>A pure function: the flows come in as an argument, per period, period 0 first. ROI is exact ({@link Roi});
 * IRR is stated within {@link Irr#TOLERANCE} and only when it exists and is unique (flows that change sign
 * once); otherwise the assessment is a typed {@link ProjectError}, never a guess.
 *
 * <pre>{@code
 * ProjectEvaluation engine = ProjectEvaluation.of(new ProjectHurdles(Rate.percent(15), Rate.percent(8)));
 * ProjectAssessment a = engine.assess(CashFlows.ofYuan(-1_000_000, 400_000, 400_000, 400_000)).get();
 * a.decision();   // PURSUE: ROI 20.00% >= 15%, IRR 9.7010% >= 8%
 * engine.assess(CashFlows.ofYuan(-100, 230, -132)).getLeft().message();   // "cashFlows change sign 2 times: ..."
 * }</pre>
 */
@Service
public final class ProjectEvaluation {

    private static final ProjectEvaluation SAMPLE = new ProjectEvaluation(ProjectHurdles.SAMPLE);

    private final ProjectHurdles hurdles;

    private ProjectEvaluation(ProjectHurdles hurdles) {
        this.hurdles = hurdles;
    }

    public static ProjectEvaluation of(ProjectHurdles hurdles) {
        return new ProjectEvaluation(Objects.requireNonNull(hurdles, "hurdles"));
    }

    /** The engine with the library sample hurdles {@link ProjectHurdles#SAMPLE}. */
    public static ProjectEvaluation sample() {
        return SAMPLE;
    }

    public ProjectHurdles hurdles() {
        return hurdles;
    }

    public Either<ProjectError, ProjectAssessment> assess(CashFlows flows) {
        Objects.requireNonNull(flows, "flows");
        return Irr.of(flows).flatMap(irr -> roi(flows).map(roi -> new ProjectAssessment(flows, roi, irr, hurdles)));
    }

    /** The exact ROI of the flows; an error when they are empty or invest nothing. */
    public static Either<ProjectError, Roi> roi(CashFlows flows) {
        if (flows.perPeriod().isEmpty()) {
            return Either.left(new ProjectError.NoCashFlows());
        }
        if (flows.invested().isZero()) {
            return Either.left(new ProjectError.NoOutflow());
        }
        return Either.right(new Roi(flows.net(), flows.invested()));
    }
}
