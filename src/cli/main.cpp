#include "cli.h"

int main(int argc, char **argv)
{
    return ferry::cli::runCli(argc, argv);
}
