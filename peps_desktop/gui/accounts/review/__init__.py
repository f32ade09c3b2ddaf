"""La revue des comptes in the GUI: the review view, its table model and the report writers.

Import the modules themselves (`gui.review.view`, `gui.review.report`): this package imports
nothing, so the command line can write a report without loading the widgets.
"""
