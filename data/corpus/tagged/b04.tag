Three/CD police/NN officers/NNS were/VBD wounded/VBN when/WRB their/PRP$ patrol/NN was/VBD ambushed/VBN near/IN the/DT border/NN ,/, the/DT interior/NN ministry/NN said/VBD ,/, adding/VBG that/IN one/CD of/IN them/PRP was/VBD in/IN a/DT critical/JJ condition/NN ./.
The/DT capital/NN 's/POS only/JJ power/NN station/NN has/VBZ been/VBN damaged/VBN beyond/IN repair/NN ,/, and/CC engineers/NNS say/VBP it/PRP will/MD take/VB at/IN least/JJS two/CD years/NNS to/TO build/VB a/DT new/JJ one/NN ./.
The/DT mayor/NN is/VBZ being/VBG investigated/VBN for/IN allegedly/RB taking/VBG bribes/NNS from/IN construction/NN firms/NNS that/WDT were/VBD awarded/VBN contracts/NNS to/TO rebuild/VB schools/NNS damaged/VBN in/IN the/DT floods/NNS ./.
The/DT villages/NNS were/VBD burned/VBN to/TO the/DT ground/NN and/CC their/PRP$ wells/NNS were/VBD poisoned/VBN ,/, according/VBG to/TO a/DT report/NN compiled/VBN by/IN investigators/NNS who/WP visited/VBD the/DT area/NN in/IN March/NNP ./.
Hundreds/NNS of/IN homes/NNS had/VBD been/VBN destroyed/VBN by/IN the/DT time/NN the/DT fire/NN was/VBD brought/VBN under/IN control/NN ,/, and/CC more/JJR than/IN 5,000/CD people/NNS had/VBD been/VBN moved/VBN to/TO temporary/JJ shelters/NNS ./.
The/DT ceasefire/NN will/MD be/VB monitored/VBN by/IN observers/NNS from/IN the/DT African/NNP Union/NNP ,/, who/WP will/MD be/VB based/VBN in/IN three/CD towns/NNS along/IN the/DT old/JJ front/NN line/NN ./.
The/DT suspects/NNS are/VBP being/VBG questioned/VBN by/IN counter-terrorism/NN police/NNS at/IN a/DT police/NN station/NN in/IN the/DT capital/NN ,/, where/WRB they/PRP can/MD be/VB held/VBN for/IN up/IN to/TO 14/CD days/NNS without/IN charge/NN ./.
The/DT embassy/NN was/VBD stormed/VBN by/IN a/DT crowd/NN of/IN several/JJ hundred/CD people/NNS ,/, some/DT of/IN whom/WP climbed/VBD over/IN the/DT walls/NNS and/CC set/VBD fire/NN to/TO the/DT main/JJ building/NN ./.
Six/CD people/NNS have/VBP been/VBN arrested/VBN in/IN connection/NN with/IN the/DT attack/NN ,/, and/CC police/NNS said/VBD that/IN more/JJR arrests/NNS were/VBD likely/JJ in/IN the/DT coming/VBG days/NNS ./.
The/DT law/NN ,/, passed/VBN in/IN 2022/CD ,/, requires/VBZ groups/NNS funded/VBN from/IN abroad/RB to/TO register/VB as/IN foreign/JJ agents/NNS and/CC has/VBZ been/VBN used/VBN to/TO close/VB more/JJR than/IN 70/CD organisations/NNS since/IN it/PRP took/VBD effect/NN ./.
Most/JJS of/IN the/DT people/NNS killed/VBN in/IN the/DT earthquake/NN were/VBD asleep/JJ when/WRB their/PRP$ homes/NNS collapsed/VBD in/IN the/DT middle/NN of/IN the/DT night/NN ./.
Children/NNS orphaned/VBN by/IN the/DT war/NN are/VBP being/VBG cared/VBN for/IN by/IN relatives/NNS ,/, but/CC many/JJ of/IN the/DT relatives/NNS are/VBP themselves/PRP struggling/VBG to/TO find/VB food/NN and/CC shelter/NN ./.
The/DT aid/NN workers/NNS kidnapped/VBN last/JJ month/NN have/VBP been/VBN freed/VBN ,/, their/PRP$ organisation/NN said/VBD ,/, but/CC it/PRP did/VBD not/RB say/VB whether/IN a/DT ransom/NN had/VBD been/VBN paid/VBN ./.
Ammunition/NN captured/VBN from/IN the/DT rebels/NNS was/VBD displayed/VBN to/TO journalists/NNS in/IN the/DT capital/NN ,/, including/VBG rockets/NNS that/WDT officials/NNS said/VBD had/VBD been/VBN made/VBN in/IN Iran/NNP ./.
Footage/NN shared/VBN on/IN social/JJ media/NNS showed/VBD smoke/NN rising/VBG over/IN the/DT airport/NN after/IN a/DT series/NN of/IN explosions/NNS were/VBD heard/VBN across/IN the/DT city/NN shortly/RB after/IN midnight/NN ./.
The/DT man/NN seen/VBN in/IN the/DT video/NN has/VBZ been/VBN identified/VBN as/IN a/DT former/JJ soldier/NN who/WP deserted/VBD from/IN his/PRP$ unit/NN two/CD years/NNS ago/RB ./.
The/DT ships/NNS that/WDT were/VBD attacked/VBN were/VBD carrying/VBG grain/NN to/TO Egypt/NNP under/IN a/DT deal/NN that/WDT was/VBD supposed/VBN to/TO guarantee/VB their/PRP$ safety/NN ./.
The/DT prosecutor/NN ,/, who/WP is/VBZ leading/VBG the/DT inquiry/NN ,/, said/VBD more/JJR arrests/NNS were/VBD likely/JJ ,/, and/CC that/IN some/DT of/IN the/DT suspects/NNS were/VBD believed/VBN to/TO have/VB fled/VBN abroad/RB ./.
Voters/NNS ,/, most/JJS of/IN whom/WP live/VBP in/IN rural/JJ areas/NNS ,/, will/MD choose/VB 300/CD members/NNS of/IN parliament/NN in/IN an/DT election/NN that/WDT is/VBZ being/VBG watched/VBN closely/RB by/IN investors/NNS ./.
The/DT company/NN ,/, whose/WP$ chief/JJ executive/NN was/VBD arrested/VBN last/JJ week/NN ,/, said/VBD it/PRP would/MD cooperate/VB fully/RB with/IN the/DT investigation/NN and/CC that/IN its/PRP$ operations/NNS would/MD not/RB be/VB affected/VBN ./.
The/DT town/NN ,/, which/WDT lies/VBZ 20/CD kilometres/NNS from/IN the/DT front/NN ,/, is/VBZ shelled/VBN almost/RB daily/RB ,/, and/CC most/JJS of/IN its/PRP$ residents/NNS have/VBP moved/VBN into/IN cellars/NNS ./.
This/DT is/VBZ the/DT third/JJ time/NN that/IN the/DT pipeline/NN has/VBZ been/VBN sabotaged/VBN since/IN the/DT start/NN of/IN the/DT year/NN ,/, and/CC each/DT time/NN it/PRP has/VBZ taken/VBN weeks/NNS to/TO repair/VB ./.
Officials/NNS said/VBD on/IN Wednesday/NNP that/IN the/DT death/NN toll/NN had/VBD risen/VBN to/TO 112/CD and/CC that/IN dozens/NNS of/IN people/NNS were/VBD still/RB missing/JJ ./.
The/DT minister/NN told/VBD parliament/NN that/IN the/DT troops/NNS would/MD be/VB home/RB by/IN Christmas/NNP ,/, a/DT promise/NN that/WDT was/VBD greeted/VBN with/IN some/DT scepticism/NN by/IN opposition/NN lawmakers/NNS ./.
The/DT agency/NN said/VBD it/PRP was/VBD "/" deeply/RB concerned/JJ "/" about/IN the/DT safety/NN of/IN the/DT plant/NN ,/, and/CC it/PRP called/VBD on/IN both/DT sides/NNS to/TO stop/VB firing/VBG near/IN it/PRP ./.
The/DT general/NN was/VBD quoted/VBN as/IN saying/VBG that/IN the/DT offensive/NN would/MD last/VB "/" weeks/NNS ,/, not/RB months/NNS "/" ,/, although/IN his/PRP$ spokesman/NN later/RB said/VBD that/IN the/DT remarks/NNS had/VBD been/VBN taken/VBN out/IN of/IN context/NN ./.
He/PRP added/VBD that/IN no/DT decision/NN had/VBD been/VBN made/VBN and/CC that/IN all/DT options/NNS remained/VBD on/IN the/DT table/NN ./.
According/VBG to/TO local/JJ media/NNS ,/, the/DT explosion/NN was/VBD heard/VBN 30/CD kilometres/NNS away/RB ,/, and/CC windows/NNS were/VBD shattered/VBN in/IN several/JJ villages/NNS near/IN the/DT depot/NN ./.
The/DT attack/NN ,/, according/VBG to/TO witnesses/NNS ,/, lasted/VBD about/RB 20/CD minutes/NNS and/CC ended/VBD only/RB when/WRB the/DT gunmen/NNS ran/VBD out/IN of/IN ammunition/NN ./.
"/" The/DT city/NN is/VBZ surrounded/VBN "/" ,/, the/DT commander/NN said/VBD in/IN a/DT video/NN posted/VBN on/IN Telegram/NNP ,/, urging/VBG his/PRP$ men/NNS to/TO hold/VB their/PRP$ positions/NNS until/IN reinforcements/NNS arrived/VBD ./.
"/" We/PRP have/VBP no/DT water/NN ,/, no/DT light/NN and/CC no/DT medicine/NN "/" ,/, a/DT nurse/NN told/VBD the/DT BBC/NNP by/IN phone/NN from/IN the/DT only/JJ hospital/NN still/RB working/VBG in/IN the/DT north/NN of/IN the/DT city/NN ./.
The/DT government/NN said/VBD the/DT protesters/NNS were/VBD "/" foreign-funded/JJ provocateurs/NNS "/" ,/, a/DT claim/NN they/PRP deny/VBP ,/, saying/VBG they/PRP are/VBP ordinary/JJ citizens/NNS who/WP are/VBP tired/JJ of/IN corruption/NN ./.
The/DT ministry/NN described/VBD the/DT incident/NN as/IN a/DT "/" provocation/NN "/" and/CC summoned/VBD the/DT ambassador/NN to/TO explain/VB why/WRB the/DT drone/NN had/VBD entered/VBN its/PRP$ airspace/NN ./.
The/DT rebels/NNS reportedly/RB control/VBP two/CD thirds/NNS of/IN the/DT province/NN ,/, including/VBG the/DT main/JJ border/NN crossing/NN and/CC several/JJ gold/NN mines/NNS ./.
The/DT leader/NN is/VBZ said/VBN to/TO be/VB in/IN poor/JJ health/NN ,/, although/IN officials/NNS insist/VBP that/IN he/PRP is/VBZ still/RB running/VBG the/DT country/NN ./.
Witnesses/NNS said/VBD soldiers/NNS had/VBD fired/VBN into/IN the/DT air/NN and/CC then/RB at/IN the/DT crowd/NN ,/, and/CC that/IN at/IN least/JJS two/CD people/NNS had/VBD been/VBN shot/VBN in/IN the/DT back/NN ./.
Asked/VBN about/IN the/DT report/NN ,/, a/DT White/NNP House/NNP spokesman/NN said/VBD :/: "/" We/PRP do/VBP n't/RB comment/VB on/IN intelligence/NN matters/NNS ./. "/"
She/PRP said/VBD she/PRP did/VBD n't/RB know/VB where/WRB her/PRP$ son/NN was/VBD being/VBG held/VBN or/CC whether/IN he/PRP was/VBD still/RB alive/JJ ./.
The/DT ministry/NN has/VBZ not/RB confirmed/VBN the/DT deaths/NNS ,/, but/CC local/JJ officials/NNS say/VBP that/IN at/IN least/JJS 17/CD people/NNS were/VBD killed/VBN ./.
He/PRP has/VBZ not/RB been/VBN seen/VBN in/IN public/NN since/IN the/DT coup/NN ,/, and/CC rumours/NNS that/IN he/PRP is/VBZ ill/JJ have/VBP spread/VBN rapidly/RB on/IN social/JJ media/NNS ./.
The/DT government/NN does/VBZ not/RB recognise/VB the/DT court/NN 's/POS authority/NN and/CC has/VBZ said/VBN it/PRP will/MD not/RB hand/VB over/RP any/DT of/IN its/PRP$ citizens/NNS ./.
Israel/NNP has/VBZ never/RB confirmed/VBN or/CC denied/VBN having/VBG nuclear/JJ weapons/NNS ,/, a/DT policy/NN known/VBN as/IN "/" strategic/JJ ambiguity/NN "/" ./.
The/DT two/CD men/NNS no/RB longer/RB speak/VBP to/TO each/DT other/JJ ,/, even/RB though/IN they/PRP once/RB led/VBD the/DT same/JJ party/NN ./.
Protesters/NNS refused/VBD to/TO disperse/VB even/RB after/IN police/NNS fired/VBD warning/NN shots/NNS ,/, and/CC some/DT of/IN them/PRP sat/VBD down/RP in/IN the/DT road/NN in/IN front/NN of/IN the/DT armoured/JJ cars/NNS ./.
The/DT talks/NNS failed/VBD to/TO produce/VB a/DT breakthrough/NN ,/, and/CC the/DT two/CD delegations/NNS left/VBD Geneva/NNP without/IN setting/VBG a/DT date/NN for/IN the/DT next/JJ round/NN ./.
The/DT army/NN has/VBZ failed/VBN to/TO stop/VB the/DT attacks/NNS ,/, despite/IN deploying/VBG 5,000/CD extra/JJ troops/NNS to/TO the/DT region/NN over/IN the/DT past/JJ six/CD months/NNS ./.
It/PRP is/VBZ not/RB the/DT first/JJ time/NN the/DT plant/NN has/VBZ lost/VBN power/NN ,/, and/CC each/DT time/NN the/DT diesel/NN generators/NNS have/VBP been/VBN the/DT only/JJ thing/NN keeping/VBG the/DT reactors/NNS cool/JJ ./.
Nothing/NN has/VBZ changed/VBN ,/, and/CC nothing/NN will/MD change/VB until/IN the/DT generals/NNS go/VBP ,/, one/CD protester/NN said/VBD as/IN police/NNS began/VBD to/TO clear/VB the/DT square/NN ./.
None/NN of/IN the/DT passengers/NNS was/VBD hurt/VBN when/WRB the/DT bus/NN was/VBD hit/VBN ,/, but/CC the/DT driver/NN was/VBD killed/VBN ./.
The/DT airline/NN will/MD resume/VB flights/NNS to/TO Tel/NNP Aviv/NNP next/JJ month/NN ,/, more/JJR than/IN a/DT year/NN after/IN it/PRP suspended/VBD them/PRP because/IN of/IN the/DT war/NN ./.
The/DT country/NN would/MD face/VB "/" severe/JJ consequences/NNS "/" if/IN it/PRP supplied/VBD missiles/NNS to/TO Russia/NNP ,/, the/DT envoy/NN said/VBD ./.
The/DT strike/NN could/MD have/VB killed/VBN hundreds/NNS if/IN the/DT shelter/NN had/VBD been/VBN full/JJ ,/, but/CC most/JJS of/IN the/DT families/NNS had/VBD left/VBN for/IN the/DT countryside/NN a/DT day/NN earlier/RBR ./.
Investigators/NNS say/VBP the/DT fire/NN may/MD have/VB been/VBN started/VBN deliberately/RB ,/, and/CC a/DT man/NN seen/VBN near/IN the/DT warehouse/NN shortly/RB before/IN the/DT blaze/NN is/VBZ being/VBG sought/VBN ./.
The/DT court/NN could/MD rule/VB as/RB early/RB as/IN Friday/NNP on/IN whether/IN the/DT election/NN should/MD be/VB delayed/VBN ,/, lawyers/NNS for/IN both/DT sides/NNS said/VBD ./.
The/DT rebels/NNS tried/VBD to/TO shoot/VB down/RP the/DT helicopter/NN but/CC missed/VBD ,/, and/CC it/PRP landed/VBD safely/RB at/IN a/DT base/NN outside/IN the/DT city/NN ./.
The/DT junta/NN has/VBZ threatened/VBN to/TO expel/VB the/DT UN/NNP mission/NN ,/, accusing/VBG its/PRP$ peacekeepers/NNS of/IN helping/VBG the/DT rebels/NNS ./.
The/DT company/NN plans/VBZ to/TO close/VB three/CD factories/NNS and/CC cut/VB 1,200/CD jobs/NNS by/IN the/DT end/NN of/IN next/JJ year/NN as/IN it/PRP struggles/VBZ with/IN falling/VBG sales/NNS ./.
The/DT opposition/NN has/VBZ vowed/VBN to/TO take/VB the/DT fight/NN to/TO the/DT streets/NNS if/IN the/DT election/NN commission/NN does/VBZ not/RB order/VB a/DT recount/NN ./.
He/PRP intends/VBZ to/TO run/VB for/IN president/NN in/IN 2028/CD ,/, his/PRP$ aides/NNS say/VBP ,/, though/IN he/PRP has/VBZ not/RB yet/RB made/VBN a/DT formal/JJ announcement/NN ./.
The/DT militants/NNS are/VBP trying/VBG to/TO win/VB over/RP local/JJ tribes/NNS by/IN paying/VBG their/PRP$ young/JJ men/NNS to/TO fight/VB ./.
Within/IN hours/NNS of/IN the/DT start/NN of/IN the/DT offensive/NN ,/, the/DT army/NN seized/VBD the/DT bridge/NN ,/, crossed/VBD the/DT river/NN and/CC advanced/VBD ten/CD kilometres/NNS in/IN a/DT day/NN ./.
The/DT gunmen/NNS took/VBD 30/CD hostages/NNS ,/, released/VBD five/CD of/IN them/PRP and/CC demanded/VBD a/DT plane/NN to/TO fly/VB them/PRP to/TO a/DT country/NN of/IN their/PRP$ choice/NN ./.
The/DT authorities/NNS closed/VBD schools/NNS ,/, cancelled/VBD flights/NNS and/CC told/VBD people/NNS to/TO stay/VB at/IN home/NN as/IN the/DT storm/NN approached/VBD the/DT coast/NN ./.
The/DT UN/NNP urged/VBD both/DT sides/NNS to/TO exercise/VB restraint/NN and/CC return/VB to/TO talks/NNS ,/, warning/VBG that/IN the/DT violence/NN could/MD spread/VB across/IN the/DT region/NN ./.
The/DT president/NN asked/VBD parliament/NN to/TO approve/VB the/DT deployment/NN of/IN troops/NNS to/TO Haiti/NNP as/IN part/NN of/IN a/DT UN-backed/JJ mission/NN to/TO fight/VB the/DT gangs/NNS ./.
The/DT EU/NNP called/VBD on/IN Belgrade/NNP to/TO recognise/VB Kosovo/NNP as/IN a/DT condition/NN for/IN joining/VBG the/DT bloc/NN ./.
They/PRP persuaded/VBD the/DT fighters/NNS to/TO lay/VB down/RP their/PRP$ arms/NNS after/IN three/CD days/NNS of/IN talks/NNS in/IN a/DT school/NN on/IN the/DT edge/NN of/IN the/DT town/NN ./.
The/DT judge/NN allowed/VBD the/DT defendant/NN to/TO leave/VB the/DT country/NN for/IN medical/JJ treatment/NN ,/, provided/VBN that/IN he/PRP returned/VBD within/IN a/DT month/NN ./.
The/DT regime/NN wants/VBZ the/DT West/NNP to/TO lift/VB sanctions/NNS before/IN any/DT talks/NNS begin/VBP ,/, but/CC Western/JJ officials/NNS say/VBP that/IN will/MD not/RB happen/VB ./.
Voters/NNS were/VBD urged/VBN to/TO stay/VB calm/JJ and/CC wait/VB for/IN the/DT official/JJ results/NNS ,/, which/WDT were/VBD not/RB expected/VBN until/IN the/DT end/NN of/IN the/DT week/NN ./.
He/PRP was/VBD convicted/VBN of/IN spreading/VBG false/JJ information/NN about/IN the/DT army/NN and/CC sentenced/VBN to/TO seven/CD years/NNS in/IN a/DT penal/JJ colony/NN ./.
The/DT militia/NN is/VBZ blamed/VBN for/IN kidnapping/VBG hundreds/NNS of/IN students/NNS from/IN boarding/VBG schools/NNS in/IN the/DT north/NN ./.
She/PRP was/VBD arrested/VBN for/IN holding/VBG up/RP a/DT blank/JJ sheet/NN of/IN paper/NN in/IN a/DT street/NN in/IN central/JJ Moscow/NNP ./.
The/DT country/NN is/VBZ accused/VBN of/IN using/VBG migrants/NNS as/IN a/DT weapon/NN against/IN the/DT EU/NNP by/IN flying/VBG them/PRP in/RP and/CC sending/VBG them/PRP to/TO the/DT border/NN ./.
The/DT group/NN is/VBZ known/VBN for/IN kidnapping/VBG foreigners/NNS for/IN ransom/NN ,/, and/CC it/PRP is/VBZ believed/VBN to/TO be/VB holding/VBG at/IN least/JJS six/CD people/NNS ./.
The/DT firm/NN was/VBD fined/VBN for/IN breaking/VBG sanctions/NNS on/IN North/NNP Korea/NNP by/IN selling/VBG it/PRP machine/NN parts/NNS through/IN a/DT company/NN in/IN Singapore/NNP ./.
The/DT talks/NNS focused/VBD on/IN reopening/VBG the/DT border/NN and/CC exchanging/VBG prisoners/NNS ,/, but/CC neither/DT issue/NN was/VBD resolved/VBN ./.
He/PRP was/VBD praised/VBN for/IN standing/VBG up/RP to/TO the/DT generals/NNS when/WRB they/PRP tried/VBD to/TO postpone/VB the/DT election/NN ./.
The/DT rebels/NNS insisted/VBD on/IN keeping/VBG their/PRP$ weapons/NNS ,/, saying/VBG they/PRP needed/VBD them/PRP to/TO protect/VB their/PRP$ villages/NNS ./.
The/DT ministry/NN warned/VBD against/IN travelling/VBG to/TO the/DT region/NN ,/, where/WRB foreigners/NNS have/VBP been/VBN kidnapped/VBN in/IN the/DT past/NN ./.
Upon/IN arriving/VBG in/IN Kyiv/NNP ,/, the/DT chancellor/NN laid/VBD a/DT wreath/NN at/IN the/DT memorial/NN for/IN the/DT victims/NNS of/IN the/DT famine/NN of/IN the/DT 1930s/CD ./.
The/DT Taliban/NNP have/VBP banned/VBN girls/NNS from/IN attending/VBG secondary/JJ school/NN ,/, and/CC women/NNS are/VBP not/RB allowed/VBN to/TO study/VB at/IN university/NN ./.
The/DT president/NN set/VBD out/RP his/PRP$ plans/NNS in/IN a/DT speech/NN to/TO parliament/NN ,/, promising/VBG to/TO cut/VB taxes/NNS and/CC to/TO spend/VB more/JJR on/IN defence/NN ./.
The/DT peace/NN deal/NN fell/VBD apart/RB within/IN weeks/NNS ,/, and/CC the/DT fighting/NN resumed/VBD with/IN even/RB greater/JJR force/NN ./.
The/DT government/NN is/VBZ trying/VBG to/TO cover/VB up/RP the/DT scale/NN of/IN the/DT disaster/NN ,/, critics/NNS say/VBP ,/, pointing/VBG to/TO the/DT gap/NN between/IN official/JJ figures/NNS and/CC reports/NNS from/IN hospitals/NNS ./.
The/DT militants/NNS have/VBP carried/VBN out/RP more/JJR than/IN 50/CD attacks/NNS this/DT year/NN ,/, most/JJS of/IN them/PRP on/IN army/NN posts/NNS in/IN remote/JJ areas/NNS ./.
The/DT last/JJ foreign/JJ troops/NNS pulled/VBD out/RP in/IN August/NNP ,/, ending/VBG a/DT mission/NN that/WDT had/VBD lasted/VBN for/IN two/CD decades/NNS ./.
The/DT rally/NN went/VBD ahead/RB despite/IN the/DT ban/NN ,/, and/CC police/NNS did/VBD not/RB try/VB to/TO stop/VB it/PRP ./.
Two/CD fighter/NN jets/NNS were/VBD shot/VBN down/RP over/IN the/DT sea/NN ,/, but/CC both/DT pilots/NNS ejected/VBD and/CC were/VBD rescued/VBN by/IN a/DT fishing/NN boat/NN ./.
The/DT protests/NNS were/VBD sparked/VBN off/RP by/IN a/DT rise/NN in/IN bread/NN prices/NNS that/WDT the/DT government/NN announced/VBD without/IN warning/NN ./.
Police/NNS cracked/VBD down/RP on/IN illegal/JJ street/NN vendors/NNS ahead/RB of/IN the/DT summit/NN ,/, seizing/VBG their/PRP$ goods/NNS and/CC fining/VBG them/PRP for/IN trading/VBG without/IN a/DT licence/NN ./.
The/DT authorities/NNS are/VBP cracking/VBG down/RP on/IN dissent/NN ahead/RB of/IN the/DT anniversary/NN ,/, detaining/VBG activists/NNS and/CC blocking/VBG websites/NNS ./.
The/DT agreement/NN sets/VBZ out/RP a/DT timetable/NN for/IN the/DT withdrawal/NN of/IN foreign/JJ forces/NNS ,/, but/CC it/PRP does/VBZ not/RB say/VB what/WP will/MD happen/VB if/IN the/DT deadlines/NNS are/VBP missed/VBN ./.
He/PRP stepped/VBD down/RP as/IN party/NN leader/NN after/IN the/DT defeat/NN but/CC stayed/VBD on/RP as/IN a/DT member/NN of/IN parliament/NN ./.
The/DT government/NN has/VBZ set/VBN up/RP camps/NNS for/IN those/DT displaced/VBN by/IN the/DT floods/NNS ,/, but/CC aid/NN groups/NNS say/VBP they/PRP are/VBP overcrowded/JJ and/CC short/JJ of/IN clean/JJ water/NN ./.
The/DT army/NN has/VBZ been/VBN called/VBN in/RP to/TO help/VB with/IN the/DT rescue/NN after/IN the/DT local/JJ authorities/NNS said/VBD they/PRP could/MD not/RB cope/VB ./.
The/DT rebels/NNS gave/VBD up/RP the/DT town/NN without/IN a/DT fight/NN ,/, and/CC the/DT army/NN entered/VBD it/PRP the/DT next/JJ morning/NN ./.
Fuel/NN supplies/NNS are/VBP running/VBG out/RP ,/, the/DT hospital/NN warned/VBD ,/, and/CC it/PRP may/MD have/VB to/TO stop/VB operating/VBG within/IN days/NNS ./.
The/DT fire/NN was/VBD put/VBN out/RP after/IN six/CD hours/NNS ,/, and/CC investigators/NNS said/VBD it/PRP had/VBD started/VBN in/IN an/DT electrical/JJ cabinet/NN on/IN the/DT ground/NN floor/NN ./.
A/DT spokesman/NN for/IN the/DT group/NN ,/, reached/VBN by/IN phone/NN ,/, said/VBD the/DT fighters/NNS had/VBD withdrawn/VBN "/" for/IN tactical/JJ reasons/NNS "/" ./.
The/DT bank/NN ,/, founded/VBN in/IN 1870/CD ,/, collapsed/VBD in/IN March/NNP ,/, wiping/VBG out/RP the/DT savings/NNS of/IN thousands/NNS of/IN families/NNS ./.
The/DT detainees/NNS ,/, some/DT of/IN whom/WP had/VBD been/VBN held/VBN for/IN years/NNS without/IN trial/NN ,/, were/VBD released/VBN in/IN small/JJ groups/NNS ./.
Anyone/NN caught/VBN carrying/VBG a/DT weapon/NN will/MD be/VB arrested/VBN ,/, the/DT police/NNS warned/VBD ,/, and/CC checkpoints/NNS will/MD be/VB set/VBN up/RP on/IN all/DT roads/NNS into/IN the/DT city/NN ./.
The/DT road/NN linking/VBG the/DT two/CD cities/NNS has/VBZ been/VBN closed/VBN since/IN January/NNP because/IN of/IN fears/NNS that/IN it/PRP could/MD be/VB mined/VBN ./.
People/NNS trapped/VBN in/IN the/DT building/NN were/VBD rescued/VBN by/IN firefighters/NNS using/VBG ladders/NNS ,/, but/CC two/CD people/NNS who/WP jumped/VBD from/IN a/DT window/NN were/VBD badly/RB hurt/VBN ./.
The/DT money/NN ,/, intended/VBN for/IN flood/NN victims/NNS ,/, ended/VBD up/RP in/IN private/JJ bank/NN accounts/NNS ,/, some/DT of/IN which/WDT belonged/VBD to/TO relatives/NNS of/IN the/DT minister/NN ./.
The/DT rebels/NNS ,/, having/VBG captured/VBN the/DT airport/NN ,/, now/RB threaten/VBP the/DT capital/NN ,/, which/WDT is/VBZ defended/VBN by/IN units/NNS that/WDT have/VBP not/RB been/VBN paid/VBN for/IN months/NNS ./.
Having/VBG lost/VBN his/PRP$ majority/NN ,/, the/DT prime/JJ minister/NN called/VBD an/DT early/JJ election/NN ,/, hoping/VBG to/TO win/VB a/DT larger/JJR share/NN of/IN the/DT vote/NN ./.
The/DT ship/NN appears/VBZ to/TO have/VB been/VBN hit/VBN by/IN a/DT sea/NN drone/NN ,/, according/VBG to/TO photos/NNS that/WDT show/VBP a/DT large/JJ hole/NN in/IN its/PRP$ side/NN ./.
The/DT prisoner/NN is/VBZ reported/VBN to/TO have/VB died/VBN in/IN custody/NN ,/, but/CC the/DT authorities/NNS have/VBP refused/VBN to/TO release/VB his/PRP$ body/NN to/TO his/PRP$ family/NN ./.
The/DT attack/NN seems/VBZ to/TO have/VB been/VBN planned/VBN for/IN months/NNS ,/, using/VBG information/NN that/WDT could/MD only/RB have/VB come/VBN from/IN inside/IN the/DT army/NN ./.
The/DT rebels/NNS got/VBD into/IN the/DT city/NN through/IN tunnels/NNS dug/VBN under/IN the/DT walls/NNS ,/, which/WDT had/VBD been/VBN built/VBN in/IN the/DT 17th/JJ century/NN ./.
Two/CD protesters/NNS got/VBD arrested/VBN for/IN climbing/VBG onto/IN the/DT roof/NN of/IN the/DT ministry/NN and/CC unfurling/VBG a/DT banner/NN ./.
The/DT troops/NNS were/VBD sent/VBN in/IN order/NN to/TO protect/VB the/DT oil/NN fields/NNS ,/, which/WDT had/VBD been/VBN attacked/VBN twice/RB in/IN a/DT month/NN ./.
The/DT bridge/NN was/VBD blown/VBN up/RP so/IN that/IN the/DT enemy/NN could/MD not/RB cross/VB ,/, and/CC the/DT troops/NNS on/IN the/DT other/JJ side/NN were/VBD left/VBN stranded/VBN ./.
The/DT government/NN wants/VBZ to/TO know/VB why/WRB the/DT warnings/NNS were/VBD ignored/VBN ,/, and/CC it/PRP has/VBZ ordered/VBN an/DT inquiry/NN into/IN the/DT conduct/NN of/IN the/DT intelligence/NN services/NNS ./.
Nobody/NN knows/VBZ how/WRB many/JJ people/NNS are/VBP still/RB buried/VBN under/IN the/DT rubble/NN ,/, but/CC rescuers/NNS fear/VBP the/DT number/NN could/MD be/VB in/IN the/DT hundreds/NNS ./.
It/PRP is/VBZ unclear/JJ what/WP the/DT troops/NNS will/MD do/VB next/RB ,/, but/CC analysts/NNS expect/VBP them/PRP to/TO push/VB toward/IN the/DT coast/NN ./.
The/DT question/NN is/VBZ whether/IN the/DT truce/NN will/MD hold/VB after/IN the/DT weekend/NN ,/, when/WRB several/JJ hostages/NNS are/VBP due/JJ to/TO be/VB released/VBN ./.
The/DT police/NNS asked/VBD residents/NNS whether/IN they/PRP had/VBD seen/VBN anything/NN unusual/JJ on/IN the/DT night/NN of/IN the/DT murder/NN ./.
Why/WRB did/VBD the/DT army/NN not/RB intervene/VB ?/.
How/WRB long/RB can/MD the/DT city/NN hold/VB out/RP ?/.
Will/MD the/DT sanctions/NNS work/VB ?/.
Is/VBZ the/DT ceasefire/NN holding/VBG ?/.
Who/WP ordered/VBD the/DT strike/NN ,/, and/CC why/WRB ?/.
What/WP happens/VBZ if/IN the/DT talks/NNS fail/VBP ?/.
Which/WDT side/NN broke/VBD the/DT truce/NN first/RB is/VBZ still/RB disputed/VBN ,/, and/CC each/DT side/NN has/VBZ produced/VBN videos/NNS to/TO support/VB its/PRP$ account/NN ./.
The/DT rebels/NNS ,/, who/WP are/VBP backed/VBN by/IN Uganda/NNP ,/, deny/VBP any/DT role/NN in/IN the/DT massacre/NN ,/, which/WDT left/VBD more/JJR than/IN 40/CD villagers/NNS dead/JJ ./.
The/DT man/NN whom/WP police/NNS arrested/VBD on/IN Sunday/NNP has/VBZ been/VBN released/VBN ,/, and/CC no/DT charges/NNS have/VBP been/VBN filed/VBN against/IN him/PRP ./.
The/DT town/NN where/WRB the/DT bombs/NNS fell/VBD had/VBD no/DT military/JJ targets/NNS ,/, residents/NNS said/VBD ,/, and/CC they/PRP asked/VBD why/WRB the/DT army/NN had/VBD chosen/VBN it/PRP ./.
It/PRP was/VBD the/DT day/NN when/WRB everything/NN changed/VBD for/IN the/DT people/NNS of/IN the/DT valley/NN ./.
The/DT minister/NN ,/, whose/WP$ son/NN was/VBD killed/VBN in/IN the/DT war/NN ,/, has/VBZ become/VBN a/DT voice/NN for/IN peace/NN ,/, travelling/VBG to/TO both/DT sides/NNS of/IN the/DT front/NN line/NN to/TO meet/VB grieving/VBG families/NNS ./.
Documents/NNS that/WDT were/VBD found/VBN in/IN the/DT compound/NN point/VBP to/TO links/NNS with/IN al-Qaeda/NNP and/CC to/TO a/DT plan/NN to/TO attack/VB targets/NNS in/IN Europe/NNP ./.
There/EX is/VBZ a/DT risk/NN that/IN the/DT dam/NN will/MD burst/VB ,/, engineers/NNS warned/VBD after/IN inspecting/VBG the/DT cracks/NNS that/WDT appeared/VBD last/JJ week/NN ./.
There/EX have/VBP been/VBN at/IN least/JJS 20/CD attacks/NNS on/IN health/NN workers/NNS this/DT year/NN ,/, the/DT World/NNP Health/NNP Organization/NNP said/VBD ./.
There/EX was/VBD nothing/NN the/DT doctors/NNS could/MD do/VB to/TO save/VB the/DT boy/NN ,/, who/WP died/VBD an/DT hour/NN after/IN arriving/VBG at/IN the/DT hospital/NN ./.
The/DT foreign/JJ minister/NN said/VBD he/PRP hoped/VBD the/DT talks/NNS would/MD lead/VB to/TO a/DT lasting/JJ peace/NN ,/, but/CC that/IN it/PRP was/VBD too/RB early/JJ to/TO say/VB whether/IN it/PRP would/MD happen/VB ./.
The/DT army/NN chief/NN said/VBD his/PRP$ forces/NNS had/VBD "/" neutralised/VBN "/" 45/CD terrorists/NNS in/IN a/DT raid/NN on/IN a/DT camp/NN near/IN the/DT border/NN with/IN Niger/NNP ./.
The/DT statement/NN did/VBD not/RB say/VB who/WP was/VBD behind/IN the/DT attack/NN ,/, but/CC officials/NNS said/VBD privately/RB that/IN they/PRP suspected/VBD a/DT group/NN linked/VBN to/TO the/DT Islamic/NNP State/NNP ./.
He/PRP said/VBD ,/, "/" I/PRP have/VBP nothing/NN to/TO hide/VB ./. "/"
"/" Nobody/NN told/VBD us/PRP anything/NN "/" ,/, said/VBD one/CD woman/NN ,/, who/WP asked/VBD not/RB to/TO be/VB named/VBN because/IN she/PRP feared/VBD for/IN her/PRP$ safety/NN ./.
"/" If/IN they/PRP attack/VBP ,/, we/PRP will/MD respond/VB "/" ,/, the/DT defence/NN minister/NN warned/VBD after/IN a/DT meeting/NN of/IN the/DT national/JJ security/NN council/NN ./.
The/DT White/NNP House/NNP said/VBD it/PRP was/VBD "/" aware/JJ of/IN the/DT reports/NNS "/" and/CC was/VBD seeking/VBG more/JJR information/NN from/IN its/PRP$ allies/NNS in/IN the/DT region/NN ./.
The/DT ministry/NN said/VBD on/IN its/PRP$ Telegram/NNP channel/NN that/IN it/PRP had/VBD destroyed/VBN 40/CD drones/NNS overnight/RB ,/, including/VBG several/JJ that/WDT had/VBD been/VBN heading/VBG for/IN Moscow/NNP ./.
Officials/NNS told/VBD the/DT newspaper/NN that/IN the/DT attack/NN had/VBD been/VBN expected/VBN and/CC that/IN security/NN had/VBD been/VBN increased/VBN around/IN the/DT site/NN a/DT week/NN before/RB ./.
The/DT deal/NN still/RB needs/VBZ to/TO be/VB approved/VBN by/IN both/DT parliaments/NNS before/IN it/PRP can/MD take/VB effect/NN ,/, and/CC neither/DT is/VBZ expected/VBN to/TO vote/VB before/IN the/DT autumn/NN ./.
The/DT law/NN is/VBZ due/JJ to/TO take/VB effect/NN in/IN January/NNP ,/, but/CC companies/NNS will/MD have/VB until/IN June/NNP to/TO comply/VB ./.
The/DT strike/NN is/VBZ set/VBN to/TO continue/VB into/IN next/JJ week/NN ,/, and/CC the/DT union/NN has/VBZ warned/VBN that/IN it/PRP could/MD spread/VB to/TO other/JJ sectors/NNS ./.
The/DT leaders/NNS are/VBP expected/VBN to/TO sign/VB the/DT agreement/NN on/IN Friday/NNP at/IN a/DT ceremony/NN in/IN the/DT capital/NN ,/, officials/NNS said/VBD ./.
The/DT government/NN is/VBZ about/IN to/TO announce/VB new/JJ restrictions/NNS to/TO slow/VB the/DT spread/NN of/IN the/DT virus/NN ./.
The/DT country/NN is/VBZ likely/JJ to/TO miss/VB its/PRP$ growth/NN target/NN for/IN the/DT third/JJ year/NN in/IN a/DT row/NN ,/, economists/NNS say/VBP ./.
He/PRP is/VBZ unlikely/JJ to/TO stand/VB trial/NN before/IN next/JJ year/NN ,/, because/IN the/DT court/NN has/VBZ a/DT backlog/NN of/IN cases/NNS ./.
The/DT president/NN has/VBZ yet/RB to/TO comment/VB on/IN the/DT ruling/NN ,/, which/WDT was/VBD handed/VBN down/RP on/IN Monday/NNP ./.
The/DT council/NN has/VBZ been/VBN unable/JJ to/TO agree/VB on/IN a/DT statement/NN condemning/VBG the/DT attack/NN ./.
The/DT talks/NNS are/VBP going/VBG to/TO be/VB difficult/JJ ,/, the/DT envoy/NN admitted/VBD after/IN meeting/VBG both/DT delegations/NNS in/IN Cairo/NNP ./.
The/DT army/NN used/VBD to/TO recruit/VB heavily/RB in/IN the/DT region/NN ,/, but/CC few/JJ young/JJ men/NNS there/RB are/VBP now/RB willing/JJ to/TO join/VB ./.
The/DT families/NNS have/VBP had/VBN to/TO wait/VB two/CD years/NNS for/IN answers/NNS ,/, and/CC many/JJ of/IN them/PRP have/VBP given/VBN up/RP hope/NN ./.
The/DT soldiers/NNS were/VBD made/VBN to/TO kneel/VB and/CC then/RB shot/VBN ,/, according/VBG to/TO the/DT only/JJ survivor/NN ./.
The/DT regime/NN let/VBD the/DT journalists/NNS enter/VB the/DT city/NN under/IN escort/NN ,/, but/CC they/PRP were/VBD not/RB allowed/VBN to/TO talk/VB to/TO residents/NNS ./.
They/PRP saw/VBD the/DT soldiers/NNS drag/VB a/DT man/NN from/IN his/PRP$ car/NN and/CC push/VB him/PRP into/IN a/DT van/NN ./.
The/DT police/NNS made/VBD the/DT protesters/NNS sit/VB on/IN the/DT ground/NN for/IN several/JJ hours/NNS in/IN the/DT rain/NN ./.
The/DT blast/NN was/VBD so/RB powerful/JJ that/IN windows/NNS were/VBD shattered/VBN two/CD kilometres/NNS away/RB ,/, and/CC the/DT explosion/NN could/MD be/VB heard/VBN across/IN the/DT city/NN ./.
The/DT fighting/NN was/VBD too/RB intense/JJ for/IN the/DT wounded/VBN to/TO be/VB evacuated/VBN ,/, and/CC several/JJ of/IN them/PRP died/VBD waiting/VBG ./.
The/DT rebels/NNS are/VBP not/RB strong/JJ enough/RB to/TO take/VB the/DT capital/NN ,/, but/CC they/PRP can/MD make/VB it/PRP impossible/JJ to/TO govern/VB the/DT countryside/NN ./.
The/DT army/NN has/VBZ not/RB only/RB lost/VBN ground/NN but/CC also/RB hundreds/NNS of/IN men/NNS ,/, according/VBG to/TO intelligence/NN estimates/NNS shared/VBN with/IN allies/NNS ./.
The/DT plan/NN was/VBD rejected/VBN not/RB because/IN it/PRP was/VBD bad/JJ but/CC because/IN it/PRP came/VBD too/RB late/RB ./.
Whatever/WDT the/DT outcome/NN ,/, the/DT vote/NN will/MD change/VB the/DT country/NN ,/, and/CC both/DT candidates/NNS have/VBP said/VBN they/PRP will/MD accept/VB the/DT result/NN ./.
The/DT EU/NNP and/CC Britain/NNP condemned/VBD the/DT strike/NN ,/, while/IN Russia/NNP and/CC China/NNP said/VBD nothing/NN at/IN all/DT ./.
The/DT president/NN fired/VBD the/DT army/NN chief/NN and/CC appointed/VBD a/DT loyalist/NN in/IN his/PRP$ place/NN ,/, a/DT move/NN that/WDT surprised/VBD even/RB his/PRP$ own/JJ ministers/NNS ./.
The/DT rebels/NNS say/VBP they/PRP control/VBP the/DT airport/NN ,/, but/CC the/DT army/NN says/VBZ it/PRP still/RB holds/VBZ the/DT runway/NN ./.
The/DT tanks/NNS rolled/VBD into/IN the/DT square/NN ,/, and/CC the/DT crowd/NN scattered/VBD as/IN the/DT soldiers/NNS began/VBD firing/VBG into/IN the/DT air/NN ./.
The/DT truce/NN was/VBD agreed/VBN on/IN Monday/NNP but/CC broken/VBN within/IN hours/NNS when/WRB militants/NNS fired/VBD rockets/NNS at/IN a/DT town/NN near/IN the/DT border/NN ./.
The/DT hostages/NNS were/VBD blindfolded/VBN ,/, tied/VBN up/RP and/CC driven/VBN to/TO an/DT unknown/JJ location/NN ,/, one/CD of/IN them/PRP said/VBD after/IN he/PRP was/VBD freed/VBN ./.
He/PRP was/VBD arrested/VBN at/IN the/DT airport/NN ,/, charged/VBN with/IN espionage/NN and/CC sentenced/VBN to/TO 16/CD years/NNS ./.
The/DT decision/NN ,/, announced/VBN late/RB on/IN Sunday/NNP ,/, surprised/VBD even/RB the/DT president/NN 's/POS allies/NNS ,/, who/WP had/VBD been/VBN told/VBN that/IN he/PRP would/MD wait/VB until/IN after/IN the/DT summit/NN ./.
The/DT village/NN ,/, abandoned/VBN by/IN its/PRP$ residents/NNS ,/, was/VBD later/RB occupied/VBN by/IN the/DT militia/NN ,/, whose/WP$ fighters/NNS turned/VBD the/DT school/NN into/IN a/DT base/NN ./.
The/DT number/NN of/IN people/NNS killed/VBN since/IN the/DT start/NN of/IN the/DT protests/NNS has/VBZ risen/VBN to/TO 78/CD ,/, a/DT rights/NNS group/NN said/VBD ,/, although/IN the/DT government/NN puts/VBZ the/DT figure/NN at/IN 31/CD ./.
The/DT government/NN said/VBD it/PRP had/VBD foiled/VBN a/DT plot/NN to/TO kill/VB the/DT president/NN during/IN a/DT parade/NN in/IN the/DT capital/NN ./.
The/DT army/NN said/VBD it/PRP would/MD open/VB a/DT corridor/NN to/TO let/VB civilians/NNS leave/VB for/IN four/CD hours/NNS each/DT day/NN ./.
The/DT minister/NN said/VBD he/PRP had/VBD been/VBN misquoted/VBN and/CC that/IN his/PRP$ remarks/NNS had/VBD been/VBN about/IN the/DT economy/NN ,/, not/RB the/DT army/NN ./.
He/PRP said/VBD the/DT talks/NNS had/VBD gone/VBN well/RB but/CC that/IN more/JJR work/NN was/VBD needed/VBN before/IN a/DT deal/NN could/MD be/VB signed/VBN ./.
The/DT prosecutor/NN said/VBD the/DT suspect/NN had/VBD confessed/VBN ,/, but/CC his/PRP$ lawyer/NN said/VBD the/DT confession/NN had/VBD been/VBN obtained/VBN under/IN torture/NN ./.
The/DT spokesman/NN would/MD not/RB say/VB whether/IN U.S./NNP troops/NNS had/VBD taken/VBN part/NN in/IN the/DT raid/NN ,/, saying/VBG only/RB that/IN American/JJ forces/NNS had/VBD provided/VBN intelligence/NN ./.
Details/NNS of/IN the/DT agreement/NN have/VBP not/RB been/VBN made/VBN public/JJ ,/, but/CC diplomats/NNS say/VBP it/PRP includes/VBZ a/DT phased/VBN withdrawal/NN of/IN troops/NNS ./.
The/DT cause/NN of/IN the/DT crash/NN is/VBZ being/VBG investigated/VBN by/IN a/DT team/NN that/WDT includes/VBZ experts/NNS from/IN the/DT manufacturer/NN ./.
The/DT building/NN had/VBD been/VBN evacuated/VBN minutes/NNS before/IN the/DT missile/NN struck/VBD ,/, because/IN residents/NNS had/VBD received/VBN a/DT warning/NN by/IN text/NN message/NN ./.
The/DT victims/NNS have/VBP yet/RB to/TO be/VB identified/VBN because/IN the/DT bodies/NNS were/VBD badly/RB burned/VBN ./.
The/DT plant/NN was/VBD shut/VBN down/RP in/IN 2022/CD and/CC has/VBZ not/RB produced/VBN electricity/NN since/RB ,/, although/IN the/DT government/NN says/VBZ it/PRP could/MD be/VB restarted/VBN within/IN a/DT year/NN ./.
Nothing/NN was/VBD done/VBN to/TO stop/VB the/DT looting/NN ,/, and/CC shop/NN owners/NNS say/VBP the/DT police/NNS simply/RB watched/VBD ./.
The/DT reporter/NN was/VBD detained/VBN for/IN six/CD hours/NNS and/CC questioned/VBN about/IN her/PRP$ sources/NNS before/IN being/VBG allowed/VBN to/TO go/VB ,/, the/DT newspaper/NN she/PRP works/VBZ for/IN said/VBD ./.
The/DT opposition/NN said/VBD it/PRP would/MD not/RB accept/VB the/DT results/NNS ,/, which/WDT it/PRP described/VBD as/IN "/" fabricated/VBN "/" ./.
It/PRP remains/VBZ unclear/JJ whether/IN the/DT attackers/NNS acted/VBD alone/RB or/CC on/IN orders/NNS from/IN abroad/RB ,/, and/CC investigators/NNS are/VBP examining/VBG their/PRP$ phones/NNS ./.
The/DT army/NN admitted/VBD that/IN it/PRP had/VBD mistakenly/RB struck/VBN a/DT wedding/NN party/NN ,/, and/CC it/PRP promised/VBD to/TO compensate/VB the/DT families/NNS ./.
Many/JJ of/IN those/DT who/WP stayed/VBD behind/RB were/VBD too/RB old/JJ or/CC too/RB sick/JJ to/TO travel/VB ,/, and/CC they/PRP are/VBP now/RB relying/VBG on/IN neighbours/NNS for/IN food/NN ./.
The/DT police/NNS did/VBD n't/RB arrive/VB until/IN the/DT shooting/NN had/VBD stopped/VBN ,/, witnesses/NNS said/VBD ,/, and/CC by/IN then/RB the/DT gunmen/NNS had/VBD escaped/VBN ./.
The/DT proposal/NN ,/, if/IN adopted/VBN ,/, would/MD allow/VB the/DT army/NN to/TO detain/VB suspects/NNS without/IN charge/NN for/IN 90/CD days/NNS ./.
The/DT general/NN ,/, who/WP was/VBD sacked/VBN in/IN May/NNP ,/, is/VBZ thought/VBN to/TO have/VB left/VBN the/DT country/NN ,/, possibly/RB to/TO Turkey/NNP ./.
Rescuers/NNS pulled/VBD a/DT girl/NN out/IN of/IN the/DT rubble/NN 60/CD hours/NNS after/IN the/DT quake/NN struck/VBD ,/, and/CC she/PRP was/VBD taken/VBN to/TO hospital/NN with/IN a/DT broken/VBN leg/NN ./.
The/DT mayor/NN has/VBZ refused/VBN to/TO say/VB who/WP paid/VBD for/IN the/DT trip/NN ,/, which/WDT cost/VBD the/DT city/NN more/JJR than/IN $/$ 40,000/CD ./.
Several/JJ ministers/NNS are/VBP said/VBN to/TO have/VB opposed/VBN the/DT decision/NN to/TO send/VB troops/NNS ,/, but/CC none/NN has/VBZ resigned/VBN ./.
