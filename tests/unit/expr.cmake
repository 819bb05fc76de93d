# The selection language (issue 5): docs/expressions.md. test_expr_inventory.h is the lab-like
# inventory the tests share.
ferry_add_test(NAME expr_examples LABEL unit SOURCES test_expr_examples.cpp test_expr_inventory.h
    LIBS ferry_expr)
ferry_add_test(NAME expr_language LABEL unit SOURCES test_expr_language.cpp test_expr_inventory.h
    LIBS ferry_expr)
ferry_add_test(NAME expr_errors LABEL unit SOURCES test_expr_errors.cpp test_expr_inventory.h
    LIBS ferry_expr)
ferry_add_test(NAME expr_filter LABEL unit SOURCES test_expr_filter.cpp test_expr_inventory.h
    LIBS ferry_expr)
