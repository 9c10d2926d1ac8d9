/**
 * Small example programs that show the public API the way a user would embed it. Each has a {@code main} method
 * and a {@code run} method that prints to a given stream; {@code ExampleProgramsTests} runs every one of them.
 */
package org.actionplan.examples.programs;
