// FSL, echoer's flow specification language (docs/fsl.md), as a superset of echoer's grammar.
// Keywords are case-insensitive; the attribute words (addr, method, args, ...) are soft keywords so
// they stay usable as names.
grammar Fsl;

options { caseInsensitive = true; }

document
    : SLASH* (statement SLASH*)* EOF
    ;

statement
    : actionDecl
    | flowDecl
    ;

actionDecl
    : ACTION name actionAttribute* ACTION_END
    ;

actionAttribute
    : ADDR '=' string ';'                                           # addrAttribute
    | METHOD '=' name ';'                                           # methodAttribute
    | SECRET '=' '(' secretEntry (',' secretEntry)* ')' ';'         # secretAttribute
    | ARGS '=' '(' (paramDecl (',' paramDecl)*)? ')' ';'            # argsAttribute
    | RETURN '=' '(' (name ('|' name)*)? ')' ';'                    # returnAttribute
    ;

secretEntry
    : name '=' string
    ;

paramDecl
    : type=name paramName=name
    ;

flowDecl
    : FLOW name stepDecl* FLOW_END                                  # templateFlow
    | FLOW_RUN name stepDecl* FLOW_RUN_END                          # flowRun
    ;

stepDecl
    : kind=(STEP | DECI) name '=>' '(' (transition ('|' transition)*)? ')' '{' stepAttribute* '}' ';'?
    ;

transition
    : state=name ('->' target=name)?
    ;

stepAttribute
    : ACTION '=' name ';'                                           # stepAction
    | ARGS '=' '(' (argument (',' argument)*)? ')' ';'              # stepArgs
    ;

argument
    : name '=' value
    ;

value
    : string
    | INT
    ;

string
    : STRING
    | RAW_STRING
    ;

name
    : ID
    | STRING
    | softKeyword
    ;

softKeyword
    : ADDR | METHOD | SECRET | ARGS | RETURN | ACTION | STEP | DECI | FLOW | FLOW_RUN
    ;

ACTION_END   : 'action_end';
FLOW_RUN_END : 'flow_run_end';
FLOW_END     : 'flow_end';
FLOW_RUN     : 'flow_run';
ACTION       : 'action';
FLOW         : 'flow';
STEP         : 'step';
DECI         : 'deci';
ADDR         : 'addr';
METHOD       : 'method';
SECRET       : 'secret';
ARGS         : 'args';
RETURN       : 'return';

ARROW     : '->';
FAT_ARROW : '=>';
EQUALS    : '=';
SEMI      : ';';
COMMA     : ',';
PIPE      : '|';
LPAREN    : '(';
RPAREN    : ')';
LBRACE    : '{';
RBRACE    : '}';

ID  : [a-z_] [a-z0-9_]*;
INT : '-'? [0-9]+;

STRING     : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
RAW_STRING : '`' ~[`]* '`';

// comments run to the end of the line; '//' is a comment, a lone '/' ends a statement
LINE_COMMENT : ('#' | '//') ~[\r\n]* -> skip;
SLASH        : '/';
WS           : [ \t\r\n\f]+ -> skip;

// tokens that only exist so the parser can name the problem instead of the lexer failing silently
UNTERMINATED_STRING     : '"' (~["\\\r\n] | '\\' ~[\r\n])*;
UNTERMINATED_RAW_STRING : '`' ~[`]*;
UNEXPECTED_CHARACTER    : .;
