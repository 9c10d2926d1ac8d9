/**
 * Implementation of the renderers and report builders. Not part of the API: use
 * {@link org.actionplan.reporting.ReportFormat} and {@link org.actionplan.reporting.Reports}.
 */
package org.actionplan.reporting.internal;
