/**
 * Key-account value assessment and project assessment (大客户价值评估, rules.md section 2).
 *
 * <ul>
 *   <li>{@link org.telecrm.customer.value.KeyAccountValuation}: current value (direct, added), potential value
 *       (direct and indirect method) and intangible value, kept apart, scored in exact points and graded 1A..5A by
 *       {@link org.telecrm.customer.value.GradeThresholds}; configured by
 *       {@link org.telecrm.customer.value.ValueTable} ({@code SAMPLE} is a documented library sample).</li>
 *   <li>{@link org.telecrm.customer.value.ProjectEvaluation}: exact ROI and IRR (to
 *       {@link org.telecrm.customer.value.Irr#TOLERANCE}) of a new customer's or project's cash flows, and pursue or
 *       abandon against {@link org.telecrm.customer.value.ProjectHurdles}.</li>
 * </ul>
 */
package org.telecrm.customer.value;
