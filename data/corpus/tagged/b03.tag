Eleven/CD people/NNS were/VBD killed/VBN and/CC 40/CD were/VBD wounded/VBN when/WRB a/DT suicide/NN bomber/NN blew/VBD himself/PRP up/RP at/IN a/DT wedding/NN ./.
The/DT hospital/NN has/VBZ been/VBN bombed/VBN three/CD times/NNS since/IN the/DT war/NN began/VBD ,/, doctors/NNS said/VBD ./.
The/DT finance/NN minister/NN is/VBZ being/VBG pressured/VBN by/IN his/PRP$ own/JJ party/NN to/TO resign/VB ./.
The/DT soldiers/NNS killed/VBN in/IN the/DT attack/NN were/VBD buried/VBN on/IN Saturday/NNP in/IN their/PRP$ home/NN villages/NNS ./.
The/DT journalist/NN ,/, who/WP had/VBD been/VBN detained/VBN for/IN 14/CD months/NNS ,/, was/VBD released/VBN without/IN charge/NN ./.
The/DT mayor/NN said/VBD that/IN the/DT city/NN would/MD not/RB be/VB able/JJ to/TO pay/VB salaries/NNS next/JJ month/NN ./.
The/DT army/NN said/VBD on/IN Tuesday/NNP it/PRP had/VBD retaken/VBN the/DT village/NN ./.
According/VBG to/TO the/DT United/NNP Nations/NNPS ,/, more/JJR than/IN eight/CD million/CD people/NNS have/VBP fled/VBN their/PRP$ homes/NNS ./.
"/" We/PRP will/MD not/RB give/VB up/RP a/DT single/JJ metre/NN of/IN our/PRP$ land/NN "/" ,/, he/PRP said/VBD ./.
The/DT president/NN told/VBD reporters/NNS that/IN he/PRP had/VBD not/RB yet/RB decided/VBN whether/IN to/TO run/VB again/RB ./.
The/DT prime/JJ minister/NN announced/VBD that/IN he/PRP would/MD step/VB down/RP once/IN a/DT successor/NN had/VBD been/VBN chosen/VBN ./.
Police/NNS did/VBD not/RB say/VB how/WRB many/JJ people/NNS had/VBD been/VBN arrested/VBN ./.
The/DT shelling/NN has/VBZ not/RB stopped/VBN since/IN Friday/NNP ,/, and/CC residents/NNS have/VBP taken/VBN shelter/NN in/IN basements/NNS ./.
He/PRP has/VBZ never/RB admitted/VBN any/DT wrongdoing/NN ./.
The/DT company/NN is/VBZ no/RB longer/RB able/JJ to/TO pay/VB its/PRP$ debts/NNS ./.
The/DT rebels/NNS refused/VBD to/TO hand/VB over/RP their/PRP$ weapons/NNS ./.
The/DT government/NN failed/VBD to/TO win/VB a/DT majority/NN in/IN the/DT upper/JJ house/NN ./.
Moscow/NNP will/MD respond/VB to/TO any/DT attack/NN on/IN its/PRP$ territory/NN ,/, the/DT foreign/JJ ministry/NN said/VBD ./.
Officials/NNS said/VBD the/DT death/NN toll/NN would/MD rise/VB as/IN rescuers/NNS reached/VBD remote/JJ villages/NNS ./.
The/DT fire/NN could/MD have/VB been/VBN prevented/VBN if/IN the/DT alarms/NNS had/VBD worked/VBN ,/, the/DT inquiry/NN found/VBD ./.
The/DT virus/NN may/MD have/VB spread/VBN from/IN bats/NNS to/TO humans/NNS through/IN another/DT animal/NN ./.
The/DT gunmen/NNS tried/VBD to/TO enter/VB the/DT school/NN but/CC were/VBD stopped/VBN by/IN guards/NNS ./.
The/DT opposition/NN threatened/VBD to/TO boycott/VB the/DT vote/NN unless/IN the/DT electoral/JJ commission/NN was/VBD replaced/VBN ./.
The/DT government/NN plans/VBZ to/TO privatise/VB the/DT railways/NNS by/IN 2027/CD ./.
The/DT new/JJ leader/NN vowed/VBD to/TO crush/VB the/DT insurgency/NN within/IN six/CD months/NNS ./.
The/DT two/CD countries/NNS formed/VBD a/DT joint/JJ command/NN and/CC sent/VBD troops/NNS to/TO the/DT border/NN ./.
The/DT Security/NNP Council/NNP urged/VBD Moscow/NNP to/TO withdraw/VB its/PRP$ forces/NNS ./.
He/PRP was/VBD accused/VBN of/IN helping/VBG the/DT rebels/NNS smuggle/VB weapons/NNS across/IN the/DT border/NN ./.
The/DT militants/NNS carried/VBD out/RP the/DT attack/NN in/IN revenge/NN for/IN the/DT killing/NN of/IN their/PRP$ leader/NN ./.
Troops/NNS pulled/VBD out/IN of/IN the/DT town/NN overnight/RB ,/, leaving/VBG behind/RP tanks/NNS and/CC ammunition/NN ./.
The/DT government/NN cracked/VBD down/RP on/IN dissent/NN after/IN the/DT failed/VBN coup/NN ./.
The/DT rally/NN was/VBD called/VBN off/RP because/IN of/IN security/NN concerns/NNS ./.
Air/NN defences/NNS shot/VBD down/RP 18/CD of/IN the/DT 20/CD drones/NNS launched/VBN overnight/RB ,/, the/DT air/NN force/NN said/VBD ./.
A/DT committee/NN was/VBD set/VBN up/RP to/TO investigate/VB the/DT sinking/NN ./.
The/DT chairman/NN stepped/VBD down/RP after/IN the/DT scandal/NN became/VBD public/JJ ./.
The/DT deal/NN ,/, which/WDT was/VBD signed/VBN in/IN 2015/CD ,/, limited/VBD Iran/NNP 's/POS enrichment/NN of/IN uranium/NN ./.
The/DT militia/NN that/WDT seized/VBD the/DT airport/NN is/VBZ loyal/JJ to/TO the/DT former/JJ president/NN ./.
The/DT ship/NN ,/, whose/WP$ crew/NN was/VBD rescued/VBN ,/, sank/VBD in/IN shallow/JJ water/NN ./.
Villagers/NNS who/WP fled/VBD the/DT fighting/NN say/VBP their/PRP$ homes/NNS were/VBD looted/VBN ./.
The/DT weapons/NNS seized/VBN by/IN customs/NNS officers/NNS had/VBD been/VBN shipped/VBN from/IN Turkey/NNP ./.
Documents/NNS obtained/VBN by/IN the/DT newspaper/NN show/VBP that/IN the/DT ministry/NN knew/VBD about/IN the/DT risks/NNS ./.
The/DT bridge/NN ,/, built/VBN in/IN 1962/CD ,/, had/VBD not/RB been/VBN inspected/VBN for/IN years/NNS ./.
Asked/VBN whether/IN he/PRP would/MD resign/VB ,/, the/DT minister/NN said/VBD :/: "/" Absolutely/RB not/RB ./. "/"
The/DT refugees/NNS ,/, many/JJ of/IN them/PRP women/NNS and/CC children/NNS ,/, were/VBD taken/VBN to/TO a/DT camp/NN near/IN the/DT border/NN ./.
It/PRP is/VBZ not/RB clear/JJ who/WP fired/VBD the/DT first/JJ shot/NN ./.
It/PRP was/VBD not/RB immediately/RB clear/JJ whether/IN anyone/NN had/VBD been/VBN hurt/VBN ./.
The/DT talks/NNS are/VBP expected/VBN to/TO resume/VB after/IN the/DT holiday/NN ./.
The/DT suspect/NN is/VBZ believed/VBN to/TO have/VB fled/VBN to/TO a/DT neighbouring/VBG country/NN ./.
The/DT prisoners/NNS were/VBD said/VBN to/TO be/VB in/IN good/JJ health/NN ./.
The/DT ceasefire/NN did/VBD n't/RB last/VB ,/, and/CC by/IN evening/NN the/DT guns/NNS were/VBD firing/VBG again/RB ./.
"/" We/PRP wo/MD n't/RB leave/VB until/IN they/PRP listen/VBP to/TO us/PRP "/" ,/, one/CD protester/NN said/VBD ./.
"/" They/PRP ca/MD n't/RB bomb/VB us/PRP into/IN submission/NN "/" ,/, the/DT mayor/NN told/VBD the/DT crowd/NN ./.
"/" It/PRP 's/VBZ too/RB early/JJ to/TO say/VB what/WP caused/VBD the/DT crash/NN "/" ,/, an/DT investigator/NN said/VBD ./.
"/" We/PRP 're/VBP not/RB going/VBG anywhere/RB "/" ,/, the/DT union/NN leader/NN said/VBD ./.
The/DT minister/NN denied/VBD that/IN the/DT army/NN had/VBD used/VBN chemical/JJ weapons/NNS ./.
He/PRP insisted/VBD that/IN the/DT elections/NNS would/MD go/VB ahead/RB as/IN planned/VBN ./.
Diplomats/NNS said/VBD the/DT resolution/NN was/VBD likely/JJ to/TO be/VB vetoed/VBN by/IN Russia/NNP ./.
The/DT spokesman/NN declined/VBD to/TO comment/VB on/IN the/DT reports/NNS ./.
The/DT ministry/NN did/VBD not/RB respond/VB to/TO a/DT request/NN for/IN comment/NN ./.
The/DT United/NNP States/NNPS has/VBZ not/RB ruled/VBN out/RP further/JJ sanctions/NNS ./.
The/DT army/NN has/VBZ been/VBN accused/VBN of/IN burning/VBG villages/NNS and/CC killing/VBG civilians/NNS ./.
After/IN being/VBG released/VBN ,/, he/PRP flew/VBD to/TO Berlin/NNP for/IN medical/JJ treatment/NN ./.
Before/IN leaving/VBG office/NN ,/, the/DT governor/NN pardoned/VBD 40/CD prisoners/NNS ./.
By/IN cutting/VBG off/RP the/DT road/NN ,/, the/DT rebels/NNS hope/VBP to/TO starve/VB the/DT garrison/NN ./.
Instead/RB of/IN negotiating/VBG ,/, the/DT government/NN sent/VBD in/RP the/DT army/NN ./.
The/DT police/NNS chief/NN was/VBD sacked/VBN for/IN failing/VBG to/TO prevent/VB the/DT riot/NN ./.
The/DT ambassador/NN was/VBD expelled/VBN after/IN being/VBG accused/VBN of/IN spying/VBG ./.
The/DT two/CD men/NNS are/VBP suspected/VBN of/IN having/VBG planned/VBN the/DT bombing/NN ./.
Without/IN naming/VBG any/DT country/NN ,/, the/DT statement/NN condemned/VBD "/" foreign/JJ interference/NN "/" ./.
The/DT rebels/NNS broke/VBD into/IN the/DT prison/NN and/CC freed/VBD about/RB 4,000/CD inmates/NNS ./.
Gunmen/NNS stopped/VBD the/DT bus/NN ,/, ordered/VBD the/DT passengers/NNS off/RP and/CC shot/VBD six/CD of/IN them/PRP ./.
The/DT army/NN surrounded/VBD the/DT camp/NN ,/, cut/VBD off/RP the/DT water/NN supply/NN and/CC demanded/VBD that/IN the/DT fighters/NNS surrender/VB ./.
The/DT protesters/NNS occupied/VBD the/DT square/NN and/CC refused/VBD to/TO leave/VB ./.
The/DT government/NN has/VBZ frozen/VBN the/DT accounts/NNS and/CC seized/VBN the/DT properties/NNS of/IN 12/CD businessmen/NNS ./.
The/DT agency/NN asked/VBD donors/NNS to/TO speed/VB up/RP payments/NNS ./.
The/DT court/NN ordered/VBD the/DT company/NN to/TO pay/VB $/$ 2/CD million/CD in/IN damages/NNS ./.
Washington/NNP has/VBZ pressed/VBN Israel/NNP to/TO allow/VB more/JJR aid/NN into/IN Gaza/NNP ./.
The/DT council/NN voted/VBD to/TO extend/VB the/DT mission/NN for/IN another/DT year/NN ./.
The/DT plane/NN was/VBD forced/VBN to/TO land/VB in/IN Minsk/NNP ,/, where/WRB a/DT dissident/NN journalist/NN on/IN board/NN was/VBD arrested/VBN ./.
He/PRP is/VBZ expected/VBN to/TO be/VB sworn/VBN in/RP next/JJ week/NN ./.
The/DT bodies/NNS were/VBD handed/VBN over/RP to/TO the/DT Red/NNP Cross/NNP ./.
Two/CD reporters/NNS were/VBD among/IN those/DT killed/VBN ./.
The/DT rebels/NNS have/VBP been/VBN driven/VBN out/IN of/IN the/DT city/NN ,/, the/DT army/NN claims/VBZ ./.
The/DT deal/NN is/VBZ being/VBG negotiated/VBN behind/IN closed/VBN doors/NNS ./.
The/DT president/NN has/VBZ been/VBN criticised/VBN for/IN not/RB visiting/VBG the/DT flooded/VBN areas/NNS ./.
Any/DT agreement/NN would/MD have/VB to/TO be/VB approved/VBN by/IN parliament/NN ./.
The/DT operation/NN ,/, which/WDT began/VBD on/IN Monday/NNP ,/, will/MD continue/VB until/IN all/DT the/DT hostages/NNS are/VBP freed/VBN ,/, the/DT defence/NN minister/NN said/VBD ./.
The/DT man/NN who/WP drove/VBD the/DT truck/NN into/IN the/DT crowd/NN had/VBD been/VBN known/VBN to/TO police/NNS ./.
The/DT city/NN ,/, which/WDT has/VBZ been/VBN under/IN siege/NN since/IN May/NNP ,/, is/VBZ running/VBG out/IN of/IN food/NN ./.
Most/JJS of/IN those/DT arrested/VBN were/VBD students/NNS ./.
The/DT report/NN said/VBD that/IN the/DT prison/NN guards/NNS had/VBD beaten/VBN inmates/NNS and/CC denied/VBN them/PRP medical/JJ care/NN ./.
The/DT opposition/NN leader/NN ,/, speaking/VBG from/IN exile/NN ,/, called/VBD on/IN soldiers/NNS to/TO disobey/VB orders/NNS ./.
The/DT general/NN said/VBD his/PRP$ troops/NNS would/MD stay/VB "/" as/RB long/RB as/IN necessary/JJ "/" ./.
The/DT company/NN said/VBD it/PRP was/VBD cooperating/VBG fully/RB with/IN investigators/NNS ./.
The/DT ministry/NN said/VBD in/IN a/DT statement/NN that/IN the/DT drills/NNS were/VBD not/RB aimed/VBN at/IN any/DT third/JJ country/NN ./.
Israel/NNP did/VBD not/RB comment/VB on/IN the/DT strike/NN ,/, in/IN line/NN with/IN its/PRP$ usual/JJ practice/NN ./.
He/PRP did/VBD not/RB say/VB when/WRB the/DT troops/NNS would/MD leave/VB ./.
Neither/DT side/NN has/VBZ commented/VBN on/IN the/DT reports/NNS ./.
The/DT group/NN has/VBZ repeatedly/RB denied/VBN receiving/VBG weapons/NNS from/IN Tehran/NNP ./.
Nobody/NN has/VBZ been/VBN charged/VBN over/IN the/DT deaths/NNS ./.
The/DT army/NN would/MD never/RB turn/VB its/PRP$ guns/NNS on/IN the/DT people/NNS ,/, the/DT general/NN said/VBD ./.
The/DT rebels/NNS may/MD try/VB to/TO cut/VB the/DT road/NN to/TO the/DT port/NN ,/, analysts/NNS warned/VBD ./.
Officials/NNS fear/VBP that/IN the/DT unrest/NN could/MD spread/VB to/TO other/JJ cities/NNS ./.
He/PRP might/MD have/VB survived/VBN if/IN the/DT ambulance/NN had/VBD arrived/VBN sooner/RBR ./.
Police/NNS should/MD have/VB acted/VBN faster/RBR ,/, the/DT victims/NNS '/POS families/NNS said/VBD ./.
The/DT strike/NN must/MD end/VB before/IN the/DT harvest/NN ,/, the/DT farmers/NNS '/POS union/NN said/VBD ./.
The/DT leaders/NNS agreed/VBD to/TO meet/VB again/RB in/IN a/DT month/NN and/CC to/TO set/VB up/RP a/DT working/VBG group/NN on/IN borders/NNS ./.
The/DT soldiers/NNS were/VBD ordered/VBN not/RB to/TO fire/VB on/IN the/DT crowd/NN ./.
The/DT mission/NN was/VBD designed/VBN to/TO protect/VB civilians/NNS ,/, not/RB to/TO fight/VB the/DT rebels/NNS ./.
He/PRP agreed/VBD to/TO testify/VB in/IN exchange/NN for/IN a/DT reduced/VBN sentence/NN ./.
She/PRP was/VBD the/DT first/JJ woman/NN to/TO be/VB elected/VBN mayor/NN of/IN the/DT city/NN ./.
The/DT police/NNS have/VBP been/VBN told/VBN to/TO stop/VB checking/VBG the/DT phones/NNS of/IN commuters/NNS ./.
The/DT rebels/NNS kept/VBD firing/VBG rockets/NNS at/IN the/DT city/NN throughout/IN the/DT night/NN ./.
He/PRP denied/VBD ordering/VBG the/DT killing/NN ./.
The/DT president/NN has/VBZ stopped/VBN short/RB of/IN calling/VBG the/DT killings/NNS genocide/NN ./.
Gunmen/NNS opened/VBD fire/NN on/IN worshippers/NNS leaving/VBG a/DT mosque/NN after/IN Friday/NNP prayers/NNS ./.
Hundreds/NNS of/IN people/NNS living/VBG near/IN the/DT volcano/NN were/VBD evacuated/VBN ./.
The/DT man/NN arrested/VBN on/IN Monday/NNP has/VBZ been/VBN charged/VBN with/IN murder/NN ./.
The/DT drones/NNS ,/, made/VBN in/IN Iran/NNP ,/, were/VBD launched/VBN from/IN Crimea/NNP ./.
Elected/VBN in/IN 2019/CD on/IN a/DT promise/NN to/TO fight/VB corruption/NN ,/, he/PRP now/RB faces/VBZ charges/NNS himself/PRP ./.
The/DT talks/NNS ,/, hosted/VBN by/IN Saudi/NNP Arabia/NNP ,/, ended/VBD without/IN a/DT joint/JJ statement/NN ./.
Weapons/NNS supplied/VBN by/IN the/DT West/NNP have/VBP helped/VBN Ukraine/NNP hold/VB the/DT line/NN ./.
Convicted/VBN of/IN fraud/NN in/IN 2021/CD ,/, the/DT former/JJ senator/NN was/VBD pardoned/VBN last/JJ week/NN ./.
The/DT bill/NN passed/VBN by/IN the/DT lower/JJR house/NN would/MD ban/VB the/DT group/NN outright/RB ./.
The/DT army/NN ,/, which/WDT seized/VBD power/NN in/IN a/DT coup/NN last/JJ year/NN ,/, has/VBZ promised/VBN to/TO hold/VB elections/NNS but/CC has/VBZ not/RB set/VBN a/DT date/NN ./.
The/DT plan/NN ,/, which/WDT critics/NNS say/VBP amounts/VBZ to/TO annexation/NN ,/, was/VBD approved/VBN by/IN the/DT cabinet/NN ./.
The/DT commander/NN whose/WP$ troops/NNS captured/VBD the/DT town/NN was/VBD promoted/VBN ./.
The/DT region/NN where/WRB the/DT attack/NN took/VBD place/NN is/VBZ largely/RB controlled/VBN by/IN jihadist/JJ groups/NNS ./.
That/DT was/VBD the/DT moment/NN when/WRB the/DT crowd/NN turned/VBD on/IN the/DT police/NNS ./.
The/DT activists/NNS said/VBD the/DT weapons/NNS that/WDT the/DT army/NN used/VBD were/VBD banned/VBN under/IN international/JJ law/NN ./.
The/DT minister/NN ,/, who/WP has/VBZ denied/VBN the/DT allegations/NNS ,/, is/VBZ due/JJ to/TO appear/VB in/IN court/NN on/IN Thursday/NNP ./.
The/DT question/NN that/WDT nobody/NN could/MD answer/VB was/VBD who/WP had/VBD given/VBN the/DT order/NN ./.
"/" The/DT situation/NN is/VBZ extremely/RB dangerous/JJ "/" ,/, the/DT agency/NN 's/POS director/NN told/VBD reporters/NNS in/IN Vienna/NNP ./.
The/DT spokesman/NN said/VBD that/IN talks/NNS were/VBD continuing/VBG and/CC that/IN a/DT deal/NN was/VBD "/" within/IN reach/NN "/" ./.
"/" This/DT is/VBZ a/DT crime/NN against/IN humanity/NN "/" ,/, she/PRP said/VBD ,/, "/" and/CC those/DT responsible/JJ will/MD be/VB punished/VBN ./. "/"
Officials/NNS ,/, speaking/VBG on/IN condition/NN of/IN anonymity/NN ,/, said/VBD the/DT strike/NN had/VBD been/VBN approved/VBN by/IN the/DT prime/JJ minister/NN ./.
The/DT ministry/NN announced/VBD that/IN it/PRP would/MD close/VB the/DT border/NN crossing/NN from/IN midnight/NN ./.
The/DT president/NN warned/VBD that/IN any/DT attack/NN on/IN the/DT plant/NN would/MD be/VB treated/VBN as/IN an/DT attack/NN on/IN NATO/NNP ./.
A/DT senior/JJ official/NN told/VBD Reuters/NNP the/DT talks/NNS had/VBD reached/VBN a/DT "/" critical/JJ stage/NN "/" ./.
The/DT army/NN confirmed/VBD that/IN two/CD of/IN its/PRP$ soldiers/NNS had/VBD been/VBN captured/VBN ./.
In/IN a/DT televised/VBN address/NN ,/, the/DT king/NN said/VBD he/PRP had/VBD dissolved/VBN parliament/NN ./.
The/DT police/NNS said/VBD they/PRP were/VBD investigating/VBG ,/, but/CC they/PRP have/VBP made/VBN no/DT arrests/NNS ./.
The/DT deal/NN would/MD have/VB collapsed/VBN without/IN Qatar/NNP 's/POS mediation/NN ,/, diplomats/NNS say/VBP ./.
Had/VBD the/DT dam/NN failed/VBN ,/, thousands/NNS would/MD have/VB died/VBN ./.
If/IN the/DT talks/NNS fail/VBP ,/, the/DT union/NN says/VBZ it/PRP will/MD strike/VB again/RB in/IN March/NNP ./.
Unless/IN aid/NN arrives/VBZ soon/RB ,/, children/NNS will/MD start/VB dying/VBG of/IN hunger/NN ,/, doctors/NNS warn/VBP ./.
Although/IN the/DT fighting/NN has/VBZ eased/VBN ,/, the/DT roads/NNS remain/VBP too/RB dangerous/JJ for/IN aid/NN convoys/NNS ./.
While/IN the/DT talks/NNS continued/VBD in/IN Doha/NNP ,/, the/DT bombing/NN of/IN the/DT south/NN went/VBD on/RP ./.
Because/IN the/DT bridge/NN was/VBD destroyed/VBN ,/, the/DT villagers/NNS had/VBD to/TO cross/VB the/DT river/NN by/IN boat/NN ./.
Since/IN the/DT coup/NN ,/, dozens/NNS of/IN journalists/NNS have/VBP been/VBN jailed/VBN or/CC forced/VBN into/IN exile/NN ./.
Once/IN the/DT ceasefire/NN takes/VBZ hold/NN ,/, aid/NN will/MD be/VB allowed/VBN into/IN the/DT enclave/NN ./.
The/DT troops/NNS will/MD stay/VB until/IN the/DT new/JJ government/NN is/VBZ able/JJ to/TO provide/VB security/NN ./.
The/DT president/NN was/VBD told/VBN of/IN the/DT attack/NN while/IN he/PRP was/VBD flying/VBG to/TO Paris/NNP ./.
The/DT hostages/NNS ,/, who/WP were/VBD seized/VBN in/IN October/NNP ,/, are/VBP believed/VBN to/TO be/VB held/VBN in/IN tunnels/NNS ./.
The/DT soldiers/NNS who/WP refused/VBD to/TO fight/VB were/VBD sent/VBN to/TO a/DT military/JJ prison/NN ./.
The/DT prosecutor/NN dropped/VBD the/DT charges/NNS ,/, saying/VBG there/EX was/VBD not/RB enough/JJ evidence/NN ./.
Neither/CC the/DT army/NN nor/CC the/DT rebels/NNS have/VBP commented/VBN ./.
Both/CC the/DT president/NN and/CC his/PRP$ rival/NN claimed/VBD victory/NN ./.
Not/RB all/PDT the/DT victims/NNS have/VBP been/VBN identified/VBN ./.
All/PDT the/DT roads/NNS into/IN the/DT city/NN were/VBD blocked/VBN by/IN snow/NN ./.
Half/PDT the/DT population/NN depends/VBZ on/IN food/NN aid/NN ./.
Some/DT of/IN the/DT money/NN was/VBD used/VBN to/TO buy/VB weapons/NNS ,/, investigators/NNS believe/VBP ./.
The/DT militants/NNS blew/VBD up/RP a/DT bridge/NN and/CC set/VBD fire/NN to/TO several/JJ trucks/NNS ./.
The/DT army/NN rounded/VBD up/RP dozens/NNS of/IN young/JJ men/NNS and/CC took/VBD them/PRP away/RB ./.
Fighting/NN flared/VBD up/RP again/RB along/IN the/DT border/NN on/IN Friday/NNP ./.
The/DT minister/NN played/VBD down/RP the/DT risk/NN of/IN a/DT wider/JJR war/NN ./.
The/DT government/NN has/VBZ backed/VBN away/RB from/IN plans/NNS to/TO raise/VB fuel/NN prices/NNS ./.
Talks/NNS broke/VBD off/RP after/IN the/DT rebels/NNS walked/VBD out/RP ./.
The/DT party/NN has/VBZ pulled/VBN out/IN of/IN the/DT coalition/NN ./.
Police/NNS turned/VBD away/RB hundreds/NNS of/IN people/NNS trying/VBG to/TO reach/VB the/DT square/NN ./.
Rescuers/NNS are/VBP still/RB searching/VBG for/IN survivors/NNS under/IN the/DT rubble/NN ./.
The/DT army/NN has/VBZ called/VBN up/RP 300,000/CD reservists/NNS ./.
They/PRP handed/VBD the/DT weapons/NNS in/RP at/IN a/DT ceremony/NN in/IN the/DT town/NN square/NN ./.
The/DT protest/NN died/VBD down/RP after/IN the/DT police/NNS withdrew/VBD ./.
The/DT government/NN gave/VBD in/RP to/TO the/DT unions/NNS '/POS demands/NNS after/IN a/DT week/NN of/IN strikes/NNS ./.
He/PRP said/VBD the/DT country/NN would/MD not/RB give/VB in/RP to/TO blackmail/NN ./.
The/DT convoy/NN was/VBD held/VBN up/RP at/IN a/DT checkpoint/NN for/IN six/CD hours/NNS ./.
The/DT authorities/NNS have/VBP shut/VBN down/RP the/DT internet/NN in/IN the/DT region/NN ./.
The/DT president/NN summed/VBD up/RP the/DT talks/NNS as/IN "/" frank/JJ but/CC useful/JJ "/" ./.
Russia/NNP has/VBZ stepped/VBN up/RP its/PRP$ attacks/NNS on/IN the/DT energy/NN grid/NN ./.
The/DT rebels/NNS took/VBD over/RP the/DT town/NN hall/NN and/CC put/VBD up/RP their/PRP$ flag/NN ./.
The/DT plane/NN took/VBD off/RP from/IN Kabul/NNP shortly/RB before/IN midnight/NN ./.
Investigators/NNS have/VBP ruled/VBN out/RP sabotage/NN ./.
The/DT company/NN laid/VBD off/RP 2,000/CD workers/NNS last/JJ year/NN ./.
She/PRP turned/VBD down/RP the/DT offer/NN to/TO lead/VB the/DT party/NN ./.
A/DT spokeswoman/NN said/VBD the/DT meeting/NN had/VBD been/VBN put/VBN off/RP until/IN next/JJ week/NN ./.
He/PRP said/VBD he/PRP would/MD not/RB back/VB down/RP ./.
The/DT warring/VBG parties/NNS have/VBP agreed/VBN to/TO set/VB aside/RB their/PRP$ differences/NNS ./.
It/PRP was/VBD the/DT deadliest/JJS attack/NN since/IN the/DT war/NN broke/VBD out/RP ./.
The/DT fighters/NNS were/VBD not/RB allowed/VBN to/TO take/VB their/PRP$ weapons/NNS with/IN them/PRP ./.
The/DT police/NNS officer/NN ,/, who/WP has/VBZ not/RB been/VBN named/VBN ,/, has/VBZ been/VBN suspended/VBN ./.
The/DT minister/NN was/VBD forced/VBN to/TO apologise/VB after/IN saying/VBG the/DT protesters/NNS had/VBD been/VBN paid/VBN ./.
The/DT suspects/NNS are/VBP thought/VBN to/TO have/VB entered/VBN the/DT country/NN on/IN false/JJ passports/NNS ./.
The/DT vote/NN ,/, originally/RB scheduled/VBN for/IN June/NNP ,/, has/VBZ been/VBN postponed/VBN twice/RB ./.
There/EX is/VBZ no/DT evidence/NN that/IN the/DT vote/NN was/VBD rigged/VBN ,/, the/DT observers/NNS said/VBD ./.
There/EX are/VBP fears/NNS that/IN the/DT conflict/NN will/MD spill/VB over/RP into/IN Lebanon/NNP ./.
Both/PDT the/DT leaders/NNS said/VBD they/PRP were/VBD ready/JJ to/TO meet/VB without/IN preconditions/NNS ./.
The/DT former/JJ minister/NN is/VBZ being/VBG held/VBN in/IN a/DT military/JJ prison/NN and/CC has/VBZ not/RB been/VBN allowed/VBN to/TO see/VB a/DT lawyer/NN ./.
The/DT governor/NN announced/VBD that/IN she/PRP would/MD not/RB seek/VB a/DT third/JJ term/NN ,/, ending/VBG months/NNS of/IN speculation/NN ./.
What/WP the/DT rebels/NNS want/VBP is/VBZ not/RB clear/JJ ,/, and/CC they/PRP have/VBP not/RB issued/VBN any/DT demands/NNS ./.
